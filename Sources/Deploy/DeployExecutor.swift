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
    /// Rollback: per service, the kept containers that become "new" instead of ones compose creates.
    let adopted: [String: [ContainerRef]]
    /// Results kept for the report.
    public private(set) var gateResults: [String: GateResult] = [:]
    public private(set) var soakResult: GateResult?
    public private(set) var restoreResult: GateResult?
    var oldStoppedAt: [String: ContinuousClock.Instant] = [:]
    public private(set) var gaps: [String: Int] = [:]
    /// Per service, its new containers (every replica), by name.
    public private(set) var newContainers: [String: [ContainerRef]] = [:]
    public private(set) var newImages: [String: String] = [:]

    public init(
        client: any DockerEngineAPI, compose: ComposeRunner, gate: Gate, deployID: String, project: String,
        revision: String,
        plans: [ServicePlan], keep: Int, stopGraceSeconds: Int, adopted: [String: [ContainerRef]] = [:]
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

    /// Containers this deploy created for `service` (by label), one-off `pre-cutover` containers included.
    func created(_ service: String) async throws -> [ContainerSummary] {
        try await client.listContainers(
            ContainerFilter(
                all: true, composeProject: project, composeService: service,
                labels: ["\(DeployLabels.deploy)=\(deployID)"]))
    }

    /// The service's containers this deploy created (not one-off `pre-cutover` containers), by name.
    func createdReplicas(_ service: String) async throws -> [ContainerSummary] {
        try await created(service).filter { $0.labels?[DeployLabels.composeOneOff] != "True" }.sorted {
            ($0.names.first ?? $0.id) < ($1.names.first ?? $1.id)
        }
    }

    /// The new containers of `service`: the adopted kept ones (rollback), else the ones this deploy created.
    func newReplicas(_ service: String) async throws -> [ContainerRef] {
        if let known = newContainers[service] { return known }
        if let kept = adopted[service] { return kept }
        let found = try await createdReplicas(service)
        guard !found.isEmpty else { throw StepFailure("the new containers of \(service) are gone") }
        return remember(service, found)
    }

    @discardableResult
    func remember(_ service: String, _ containers: [ContainerSummary]) -> [ContainerRef] {
        let refs = containers.map { container in
            ContainerRef(
                id: container.id, name: Self.bare(container.names.first ?? container.id),
                imageID: container.imageID ?? "", revision: revision)
        }
        newContainers[service] = refs
        if let image = containers.first?.imageID { newImages[service] = image }
        return refs
    }

    /// Creates the service's `replicas` new containers through compose (not started), or adopts what an earlier
    /// attempt of this deploy created, or (rollback) the kept containers. Returns their ids for the journal.
    func createNew(_ service: String) async throws -> String {
        let plan = try plan(service)
        if let kept = adopted[service] {
            var found: [ContainerRef] = []
            for container in kept {
                do {
                    let details = try await client.inspectContainer(container.id)
                    found.append(
                        ContainerRef(
                            id: details.id, name: Self.bare(details.name), imageID: details.image,
                            revision: container.revision))
                    newImages[service] = details.image
                } catch DockerEngineError.containerNotFound {
                    throw StepFailure(
                        "the kept container \(container.name) (\(container.id.prefix(12))) of \(service) is gone")
                }
            }
            newContainers[service] = found
            return found.map(\.id).joined(separator: ",")
        }
        var made = try await createdReplicas(service)
        if made.count < plan.replicas {
            // compose's --scale counts every container of the service, kept ones too: one more per missing replica.
            let all = try await client.listContainers(
                ContainerFilter(all: true, composeProject: project, composeService: service))
            let total = all.filter { $0.labels?[DeployLabels.composeOneOff] != "True" }.count
            do {
                try await compose.createReplica(
                    service: service, replicas: total + plan.replicas - made.count,
                    override: override(service, resetName: plan.containerName != nil))
            } catch let failure as ComposeFailure {
                throw StepFailure(failure.message)
            }
            made = try await createdReplicas(service)
        }
        guard made.count == plan.replicas else {
            throw StepFailure(
                "docker compose created \(made.count) container(s) for \(service) instead of \(plan.replicas)")
        }
        return remember(service, made).map(\.id).joined(separator: ",")
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

    /// Stops every previous container (together); stop-first with a `container_name` then moves the old
    /// container's name aside and gives it to the new one (one container: compose refuses a `container_name`
    /// with several replicas).
    func stopOld(_ service: String) async throws {
        let plan = try plan(service)
        guard !plan.previous.isEmpty else { return }
        let grace = stopGraceSeconds
        try await withThrowingTaskGroup(of: Void.self) { group in
            for old in plan.previous {
                group.addTask { try await self.client.stopContainer(old.id, graceSeconds: grace) }
            }
            try await group.waitForAll()
        }
        oldStoppedAt[service] = .now
        guard plan.strategy == .stopFirst, let fixed = plan.containerName, let old = plan.old,
            let new = try await newReplicas(service).first
        else { return }
        let details = try await client.inspectContainer(old.id)
        if Self.bare(details.name) == fixed {
            try await client.renameContainer(old.id, to: keptName(old.name))
        }
        try await client.renameContainer(new.id, to: fixed)
    }

    func keptName(_ name: String) -> String { "\(name)-shipshape-\(deployID)" }

    /// Starts every new container, together.
    func startNew(_ service: String) async throws {
        let new = try await newReplicas(service)
        // A first deploy (no old container to take the name from) still gets its container_name.
        if let fixed = try plan(service).containerName, adopted[service] == nil, let only = new.first {
            let details = try await client.inspectContainer(only.id)
            if Self.bare(details.name) != fixed { try await client.renameContainer(only.id, to: fixed) }
        }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for container in new { group.addTask { try await self.client.startContainer(container.id) } }
                try await group.waitForAll()
            }
        } catch DockerEngineError.apiError(_, let message) {
            throw StepFailure("the new container of \(service) did not start: \(message)")
        }
    }

    /// Gates every new container of the service together: all must pass.
    func gateNew(_ service: String) async throws {
        let new = try await newReplicas(service)
        let result = try await gate.check(new.map { (service, $0.id) })
        gateResults[service] = result
        if let stopped = oldStoppedAt[service] { gaps[service] = Gate.milliseconds(.now - stopped) }
        guard result.healthy else {
            throw StepFailure("\(service) failed its gate: \(result.cause ?? "unhealthy")", gate: result)
        }
    }

    func soak() async throws {
        var containers: [(service: String, container: String)] = []
        for service in plans.keys.sorted() {
            containers += try await newReplicas(service).map { (service, $0.id) }
        }
        let result = try await gate.soak(containers)
        soakResult = result
        guard result.healthy else { throw StepFailure(result.cause ?? "the soak failed", gate: result) }
    }

    func retireOld(_ service: String) async throws {
        let plan = try plan(service)
        guard !plan.previous.isEmpty else { return }
        for old in plan.previous {
            if let details = try? await client.inspectContainer(old.id), details.state.running {
                try await client.stopContainer(old.id, graceSeconds: stopGraceSeconds)
            }
        }
        try await prune(service)
    }

    /// Removes stopped containers of the service beyond the newest `keep` versions. A version is the
    /// containers one deploy created (its `io.shipshape.deploy` label; for containers compose made without
    /// shipshape, its config hash): every replica of it is kept or pruned together, so a rollback finds them all.
    func prune(_ service: String) async throws {
        let current = Set(try await newReplicas(service).map(\.id))
        let versions = try await KeptVersions(client: client, project: project).list(service, excluding: current)
        let keep = try plan(service).keep ?? self.keep
        for version in versions.dropFirst(max(0, keep)) {
            for id in version.ids { try? await client.removeContainer(id, force: true) }
        }
    }

    func removeNew(_ service: String) async throws {
        if let kept = adopted[service] {
            // Never remove a kept container: stop it and give it back its own name.
            for container in kept {
                guard let details = try? await client.inspectContainer(container.id) else { continue }
                if details.state.running {
                    try await client.stopContainer(container.id, graceSeconds: stopGraceSeconds)
                }
                if Self.bare(details.name) != container.name {
                    try await client.renameContainer(container.id, to: container.name)
                }
            }
            return
        }
        let made = try await created(service)
        let previous = try plan(service).previous
        guard !previous.isEmpty else {
            // Nothing to restore: the failed version is removed at once (forced: SIGKILL, no grace).
            for container in made { try await remove(container.id) }
            return
        }
        // The previous containers are restored next: free their names and ports as fast as possible — SIGKILL
        // (the failed version gets no grace) and a name a previous container needs moved aside, together;
        // `restoreOld` removes these containers once the previous ones are started again (removing a
        // container's layer costs time).
        let names = Set(previous.map(\.name))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for container in made {
                group.addTask { try await self.kill(container.id) }
                if let taken = container.names.map(Self.bare).first(where: names.contains) {
                    group.addTask { try await self.client.renameContainer(container.id, to: self.failedName(taken)) }
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

    /// Gives every previous container its name back and starts them (together), then removes what this deploy
    /// created.
    func restoreOld(_ service: String) async throws {
        let previous = try plan(service).previous
        guard !previous.isEmpty else { return }
        var details: [(ContainerRef, ContainerDetails)] = []
        for old in previous {
            do {
                details.append((old, try await client.inspectContainer(old.id)))
            } catch DockerEngineError.containerNotFound {
                try await removeCreated(service)
                throw StepFailure("the previous container of \(service) (\(old.name), \(old.id.prefix(12))) is gone")
            }
        }
        // The start does not wait for the rename (its name is free since `remove-new`): one Engine round trip
        // less before the previous version serves again.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (old, found) in details {
                if Self.bare(found.name) != old.name {
                    group.addTask { try await self.client.renameContainer(old.id, to: old.name) }
                }
                if !found.state.running { group.addTask { try await self.client.startContainer(old.id) } }
            }
            try await group.waitForAll()
        }
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
        let restored = plans.values.sorted { $0.service < $1.service }.flatMap { plan in
            plan.previous.map { (service: plan.service, container: $0.id) }
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
