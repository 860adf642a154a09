import DockerEngine

/// Checks that change nothing: images present (built or pulled first when compose says so).
struct Preflight: Sendable {
    let client: any DockerEngineAPI
    let compose: ComposeRunner
    let project: String

    func check(_ services: [ComposeServiceConfig], dryRun: Bool) async throws {
        let built = services.filter(\.hasBuild).map(\.name)
        if !built.isEmpty, !dryRun { try await compose.build(built) }
        var missing: [String] = []
        for service in services {
            let reference = service.imageReference(project: project)
            if try await present(reference) { continue }
            if service.hasBuild, dryRun { continue }
            if service.pullPolicy == "never" || service.pullPolicy == "build" || dryRun {
                missing.append("\(service.name) (\(reference))")
                continue
            }
            try await compose.pull([service.name])
            if !(try await present(reference)) { missing.append("\(service.name) (\(reference))") }
        }
        if !missing.isEmpty {
            throw DeployError.preflight("image not present on the Docker host: \(missing.joined(separator: ", "))")
        }
    }

    func present(_ reference: String) async throws -> Bool {
        do {
            _ = try await client.inspectImage(reference)
            return true
        } catch DockerEngineError.imageNotFound {
            return false
        }
    }
}
