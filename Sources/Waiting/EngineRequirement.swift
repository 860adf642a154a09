import DockerEngine
import Plan
import Probes

/// The plan needs Docker but the engine was built without a client.
enum EngineRequirement {
    static func require(_ client: (any DockerEngineAPI)?) throws -> any DockerEngineAPI {
        guard let client else {
            throw DockerEngineError.daemonUnreachable(
                endpoint: "(no Docker client)",
                reason: "this plan has container or compose targets, which need the Docker daemon")
        }
        return client
    }

    static func needsDocker(_ plan: Plan) -> Bool {
        plan.targets.contains { target in
            if case .url = target.reference { return false }
            return true
        }
    }
}
