import DockerEngine
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Performs the steps the machine chooses. The only layer of deploy with side effects: compose for creating
/// containers, the Engine client for everything else. Every step is safe to run again after a crash: it looks
/// up by label what an earlier attempt may have created instead of creating it twice.
public actor DeployExecutor {
    let client: any DockerEngineAPI
    let compose: ComposeRunner
    let gate: Gate
    public let deployID: String
    let project: String
    let revision: String
    let plans: [String: ServicePlan]
    let keep: Int
    let stopGraceSeconds: Int
    /// Rollback: per service, the kept container that becomes "new" instead of one compose creates.
    let adopted: [String: ContainerRef]
    /// Results kept for the report.
    public private(set) var gateResults: [String: GateResult] = [:]
    public private(set) var soakResult: GateResult?
    public private(set) var restoreResult: GateResult?
    var oldStoppedAt: [String: ContinuousClock.Instant] = [:]
    public private(set) var gaps: [String: Int] = [:]
    public private(set) var newContainers: [String: String] = [:]
    public private(set) var newImages: [String: String] = [:]

    public init(
        client: any DockerEngineAPI, compose: ComposeRunner, gate: Gate, deployID: String, project: String,
        revision: String,
        plans: [ServicePlan], keep: Int, stopGraceSeconds: Int, adopted: [String: ContainerRef] = [:]
    ) {
        self.adopted = adopted
        self.client = client
        self.compose = compose
        self.gate = gate
        self.deployID = deployID
        self.project = project
        self.revision = revision
        self.plans = Dictionary(plans.map { ($0.service, $0) }, uniquingKeysWith: { first, _ in first })
        self.keep = keep
        self.stopGraceSeconds = stopGraceSeconds
    }

    /// Runs one step; returns what the journal should remember (a container id), throws `StepFailure`.
    public func perform(_ step: DeployStep) async throws -> String? {
        switch step {
        case .createNew(let service): return try await createNew(service)
        case .preCutover(let service): try await preCutover(service)
        case .stopOld(let service): try await stopOld(service)
        case .startNew(let service): try await startNew(service)
        case .gateNew(let service): try await gateNew(service)
        case .soak: try await soak()
        case .retireOld(let service): try await retireOld(service)
        case .removeNew(let service): try await removeNew(service)
        case .restoreOld(let service): try await restoreOld(service)
        case .gateOld: try await gateOld()
        case .finish: break
        }
        return nil
    }

    func plan(_ service: String) throws -> ServicePlan {
        guard let plan = plans[service] else { throw StepFailure("no plan for service \(service)") }
        return plan
    }

    /// Containers this deploy created for `service` (by label), newest first.
    func created(_ service: String) async throws -> [ContainerSummary] {
        try await client.listContainers(
            ContainerFilter(
                all: true, composeProject: project, composeService: service,
                labels: ["\(DeployLabels.deploy)=\(deployID)"]))
    }

    /// The service's container this deploy created (not a one-off `pre-cutover` container).
    func createdReplica(_ service: String) async throws -> ContainerSummary? {
        try await created(service).first { $0.labels?[DeployLabels.composeOneOff] != "True" }
    }

    func newContainer(_ service: String) async throws -> String {
        if let id = newContainers[service] { return id }
        if let kept = adopted[service] { return kept.id }
        guard let found = try await createdReplica(service) else {
            throw StepFailure("the new container of \(service) is gone")
        }
        newContainers[service] = found.id
        return found.id
    }

    func createNew(_ service: String) async throws -> String {
        let plan = try plan(service)
        if let kept = adopted[service] {
            do {
                let details = try await client.inspectContainer(kept.id)
                newContainers[service] = details.id
                newImages[service] = details.image
                return details.id
            } catch DockerEngineError.containerNotFound {
                throw StepFailure("the kept container \(kept.name) (\(kept.id.prefix(12))) of \(service) is gone")
            }
        }
        if let existing = try await createdReplica(service) {
            newContainers[service] = existing.id
            if let image = existing.imageID { newImages[service] = image }
            return existing.id
        }
        let all = try await client.listContainers(
            ContainerFilter(all: true, composeProject: project, composeService: service))
        let replicas = all.filter { $0.labels?[DeployLabels.composeOneOff] != "True" }.count + 1
        do {
            try await compose.createReplica(
                service: service, replicas: replicas, override: override(service, resetName: plan.containerName != nil))
        } catch let failure as ComposeFailure {
            throw StepFailure(failure.message)
        }
        guard let made = try await createdReplica(service) else {
            throw StepFailure("docker compose created no container for \(service)")
        }
        newContainers[service] = made.id
        if let image = made.imageID { newImages[service] = image }
        return made.id
    }

    /// The override that labels the new container and, for a fixed `container_name`, lets compose create it
    /// beside the old one under a generated name (it takes the fixed name at cutover).
    func override(_ service: String, resetName: Bool) -> String {
        func quoted(_ text: String) -> String {
            // `$$` keeps compose from interpolating a `$` in a revision.
            let data = (try? JSONEncoder().encode(text.replacingOccurrences(of: "$", with: "$$"))) ?? Data("\"\"".utf8)
            return String(decoding: data, as: UTF8.self)
        }
        var lines = [
            "services:", "  \(quoted(service)):", "    labels:",
            "      \(DeployLabels.deploy): \(quoted(deployID))", "      \(DeployLabels.revision): \(quoted(revision))",
            "    environment:", "      \(DeployLabels.revisionVariable): \(quoted(revision))",
        ]
        if resetName { lines.append("    container_name: !reset null") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `docker compose run --rm` of the `pre-cutover` command with the new configuration (labelled with the
    /// deploy, so a rollback removes what a killed run leaves); a non-zero exit or the timeout fails the step.
    func preCutover(_ service: String) async throws {
        guard let hook = try plan(service).preCutover else { return }
        let result: CommandRunner.Result
        do {
            result = try await compose.runOneOff(
                service: service, command: hook.command, timeoutMilliseconds: hook.timeoutMilliseconds,
                labels: [DeployLabels.deploy: deployID, DeployLabels.revision: revision],
                environment: [DeployLabels.revisionVariable: revision])
        } catch let failure as ComposeFailure {
            throw StepFailure(failure.message)
        }
        let output = ComposeRunner.lastLines(result.stdout + "\n" + result.stderr)
        if result.timedOut {
            let ending =
                result.signal == SIGKILL
                ? "killed with SIGKILL \(CommandRunner.defaultKillGraceMilliseconds / 1000) s after SIGTERM"
                : "stopped by SIGTERM"
            throw StepFailure(
                "the pre-cutover command of \(service) did not end within \(hook.timeoutMilliseconds / 1000) s "
                    + "(\(ending)): \(output)")
        }
        guard result.status == 0 else {
            throw StepFailure("the pre-cutover command of \(service) exited \(result.status): \(output)")
        }
    }

    func stopOld(_ service: String) async throws {
        let plan = try plan(service)
        guard let old = plan.old else { return }
        try await client.stopContainer(old.id, graceSeconds: stopGraceSeconds)
        oldStoppedAt[service] = .now
        guard plan.strategy == .stopFirst, let fixed = plan.containerName else { return }
        let new = try await newContainer(service)
        let details = try await client.inspectContainer(old.id)
        if Self.bare(details.name) == fixed {
            try await client.renameContainer(old.id, to: keptName(old.name))
        }
        try await client.renameContainer(new, to: fixed)
    }

    func keptName(_ name: String) -> String { "\(name)-shipshape-\(deployID)" }

    func startNew(_ service: String) async throws {
        let id = try await newContainer(service)
        // A first deploy (no old container to take the name from) still gets its container_name.
        if let fixed = try plan(service).containerName, adopted[service] == nil {
            let details = try await client.inspectContainer(id)
            if Self.bare(details.name) != fixed { try await client.renameContainer(id, to: fixed) }
        }
        do {
            try await client.startContainer(id)
        } catch DockerEngineError.apiError(_, let message) {
            throw StepFailure("the new container of \(service) did not start: \(message)")
        }
    }

    func gateNew(_ service: String) async throws {
        let id = try await newContainer(service)
        let result = try await gate.check([(service, id)])
        gateResults[service] = result
        if let stopped = oldStoppedAt[service] { gaps[service] = Gate.milliseconds(.now - stopped) }
        guard result.healthy else {
            throw StepFailure("\(service) failed its gate: \(result.cause ?? "unhealthy")", gate: result)
        }
    }

    func soak() async throws {
        var containers: [(service: String, container: String)] = []
        for service in plans.keys.sorted() { containers.append((service, try await newContainer(service))) }
        let result = try await gate.soak(containers)
        soakResult = result
        guard result.healthy else { throw StepFailure(result.cause ?? "the soak failed", gate: result) }
    }

    func retireOld(_ service: String) async throws {
        guard let old = try plan(service).old else { return }
        if let details = try? await client.inspectContainer(old.id), details.state.running {
            try await client.stopContainer(old.id, graceSeconds: stopGraceSeconds)
        }
        try await prune(service)
    }

    /// Removes stopped containers of the service beyond the newest `keep`.
    func prune(_ service: String) async throws {
        let current = try await newContainer(service)
        let stopped = try await client.listContainers(
            ContainerFilter(all: true, composeProject: project, composeService: service)
        ).filter { $0.id != current && $0.state != "running" && $0.labels?[DeployLabels.composeOneOff] != "True" }
        var dated: [(String, String)] = []
        for container in stopped {
            let created = (try? await client.inspectContainer(container.id))?.created ?? ""
            dated.append((created, container.id))
        }
        let keep = try plan(service).keep ?? self.keep
        for (_, id) in dated.sorted(by: { $0.0 > $1.0 }).dropFirst(max(0, keep)) {
            try? await client.removeContainer(id, force: true)
        }
    }

    func removeNew(_ service: String) async throws {
        if let kept = adopted[service] {
            // Never remove a kept container: stop it and give it back its own name.
            guard let details = try? await client.inspectContainer(kept.id) else { return }
            if details.state.running { try await client.stopContainer(kept.id, graceSeconds: stopGraceSeconds) }
            if Self.bare(details.name) != kept.name { try await client.renameContainer(kept.id, to: kept.name) }
            return
        }
        let made = try await created(service)
        guard let old = try plan(service).old else {
            // Nothing to restore: the failed version is removed at once (forced: SIGKILL, no grace).
            for container in made { try await remove(container.id) }
            return
        }
        // The previous container is restored next: free its name and port as fast as possible — SIGKILL (the
        // failed version gets no grace) and the name moved aside, together; `restoreOld` removes these
        // containers once the previous one is started again (removing a container's layer costs time).
        try await withThrowingTaskGroup(of: Void.self) { group in
            for container in made {
                group.addTask { try await self.kill(container.id) }
                if container.names.contains(where: { Self.bare($0) == old.name }) {
                    group.addTask { try await self.client.renameContainer(container.id, to: self.failedName(old.name)) }
                }
            }
            try await group.waitForAll()
        }
    }

    func failedName(_ name: String) -> String { "\(name)-failed-\(deployID)" }

    /// SIGKILL; a container that does not run (never started, already exited) is not an error.
    func kill(_ id: String) async throws {
        do {
            try await client.killContainer(id)
        } catch DockerEngineError.apiError(let status, _) where status == 409 {
            return
        }
    }

    func restoreOld(_ service: String) async throws {
        guard let old = try plan(service).old else { return }
        let details: ContainerDetails
        do {
            details = try await client.inspectContainer(old.id)
        } catch DockerEngineError.containerNotFound {
            try await removeCreated(service)
            throw StepFailure("the previous container of \(service) (\(old.name), \(old.id.prefix(12))) is gone")
        }
        if Self.bare(details.name) != old.name { try await client.renameContainer(old.id, to: old.name) }
        if !details.state.running { try await client.startContainer(old.id) }
        try await removeCreated(service)
    }

    /// Removes what this deploy created for `service` (`removeNew` stopped it), never a kept container.
    func removeCreated(_ service: String) async throws {
        guard adopted[service] == nil else { return }
        for container in try await created(service) { try await remove(container.id) }
    }

    /// A forced remove that also accepts a container already going away: a `docker compose run --rm` one-off
    /// removes itself once it stops (dockerd answers 409 "removal … already in progress"); then it waits until
    /// the container is gone (at most 10 s), so nothing of the deploy is listed after the step.
    func remove(_ id: String) async throws {
        do {
            try await client.removeContainer(id, force: true)
            return
        } catch DockerEngineError.containerNotFound {
            return
        } catch DockerEngineError.apiError(let status, let message)
            where status == 409 && message.contains("already in progress")
        {
            for _ in 0..<100 {
                do {
                    _ = try await client.inspectContainer(id)
                } catch DockerEngineError.containerNotFound {
                    return
                }
                try await Task.sleep(for: .milliseconds(100))
            }
        }
    }

    func gateOld() async throws {
        let restored = plans.values.sorted { $0.service < $1.service }.compactMap { plan in
            plan.old.map { (service: plan.service, container: $0.id) }
        }
        guard !restored.isEmpty else { return }
        let result = try await gate.check(restored, restoring: true)
        restoreResult = result
        guard result.healthy else {
            throw StepFailure("the restored previous version is unhealthy: \(result.cause ?? "")", gate: result)
        }
    }

    static func bare(_ name: String) -> String { name.hasPrefix("/") ? String(name.dropFirst()) : name }
}
