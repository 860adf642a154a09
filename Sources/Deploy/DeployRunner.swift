import DeployStore
import DockerEngine
import Foundation
import Plan

/// Runs a deploy end to end: preflight, lock, recovery of interrupted deploys, the journaled state machine,
/// history. Prints progress lines through `log`.
public struct DeployRunner: Sendable {
    let client: any DockerEngineAPI
    let store: any DeployStore
    let log: @Sendable (String) -> Void
    let interrupt: InterruptFlag

    public init(
        client: any DockerEngineAPI, store: any DeployStore, interrupt: InterruptFlag,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.client = client
        self.store = store
        self.interrupt = interrupt
        self.log = log
    }

    /// Preflight: the services in dependency order, their images present. Changes nothing; throws `DeployError`.
    public func preflight(_ request: DeployRequest, config: ComposeConfig) async throws -> [ComposeServiceConfig] {
        let services = try config.dependencyOrder(of: request.services)
        guard !services.isEmpty else { throw DeployError.usage("project \(config.project) has no service to deploy") }
        let disk = DiskSpace(
            client: client, project: config.project, minimumFreeBytes: request.minimumFreeDiskBytes,
            host: (try? DockerHost.fromEnvironment(request.environment)) ?? .local)
        if let note = try await disk.check(services) { log(note) }
        try await Preflight(client: client, compose: request.compose, project: config.project)
            .check(services, dryRun: request.dryRun)
        return services
    }

    /// Per service: the strategy and the running container it replaces; the plan's `deploy:` section may force
    /// a strategy (start-first where it is impossible is a usage error), set `keep` and (a deploy, `hooks`)
    /// the `pre-cutover` command.
    public func plans(
        _ services: [ComposeServiceConfig], project: String, section: DeploySection = DeploySection(),
        hooks: Bool = false
    ) async throws -> [ServicePlan] {
        var plans: [ServicePlan] = []
        for service in services {
            let (strategy, reason) = try Strategy.choose(
                for: service, override: section.services[service.name]?.strategy.flatMap(Strategy.init(rawValue:)))
            let blocked = service.portsTooFewForReplicas
            guard blocked.isEmpty else {
                throw DeployError.preflight(
                    "service \(service.name) runs \(service.replicas) replicas but publishes the fixed host port "
                        + "\(blocked.joined(separator: ", ")), which only one container can hold; publish a range with "
                        + "a port per replica (8080-8082:80) or an ephemeral port")
            }
            let running = try await client.listContainers(
                ContainerFilter(composeProject: project, composeService: service.name, statuses: ["running"])
            ).filter { $0.labels?[DeployLabels.composeOneOff] != "True" }
            var previous: [ContainerRef] = []
            for current in running {
                let details = try await client.inspectContainer(current.id)
                previous.append(
                    ContainerRef(
                        id: details.id, name: DeployExecutor.bare(details.name), imageID: details.image,
                        revision: details.config.labels?[DeployLabels.revision]))
            }
            previous.sort { $0.name < $1.name }
            let settings = section.services[service.name]
            plans.append(
                ServicePlan(
                    service: service.name, strategy: strategy, reason: reason, previous: previous,
                    replicas: service.replicas, containerName: service.containerName,
                    keep: settings?.keep ?? section.keep,
                    preCutover: hooks ? settings?.preCutover : nil))
        }
        return plans
    }

    /// Reverts (or finishes) deploys of `project` a killed process left `running`. Call with the lock held.
    public func recover(project: String, compose: ComposeRunner, gate: Gate, keep: Int) async throws -> [String] {
        var lines: [String] = []
        for record in try await store.unfinished(project: project) {
            let journal = try await store.journal(deployID: record.id)
            let last = journal.last.map { "\($0.step) (\($0.phase.rawValue))" } ?? "before its first step"
            log(
                "found interrupted \(record.kind.rawValue) \(record.id) (revision \(record.revision)), stopped at \(last)"
            )
            let plans = record.services.map { service in
                ServicePlan(
                    service: service.service, strategy: Strategy(rawValue: service.strategy) ?? .startFirst, reason: "",
                    previous: service.previousContainers.map { container in
                        ContainerRef(
                            id: container.id, name: container.name, imageID: service.fromImage ?? "",
                            revision: service.fromRevision)
                    }, replicas: service.replicas ?? max(1, service.previousContainers.count))
            }
            var machine = DeployMachine.replay(
                services: plans, soakEnabled: record.soakMilliseconds > 0,
                journal: journal.compactMap { entry in
                    DeployStep(text: entry.step).map { ($0, entry.phase.rawValue, entry.detail) }
                })
            var adopted: [String: [ContainerRef]] = [:]
            if record.kind == .rollback {
                for service in record.services where !service.newContainers.isEmpty {
                    adopted[service.service] = service.newContainers.map {
                        ContainerRef(id: $0.id, name: $0.name, imageID: service.toImage ?? "")
                    }
                }
            }
            let executor = DeployExecutor(
                client: client, compose: compose, gate: gate, deployID: record.id, project: project,
                revision: record.revision, plans: plans, keep: keep, stopGraceSeconds: 10, adopted: adopted)
            var sequence = journal.map(\.sequence).max() ?? 0
            let ending = try await drive(&machine, executor: executor, deployID: record.id, sequence: &sequence)
            var updated = record
            updated.finishedAt = Date()
            updated.outcome = ending == .rolledBack ? .interrupted : ending.outcome
            updated.cause = (record.cause.map { $0 + "; " } ?? "") + "interrupted at \(last)"
            try await store.save(updated)
            let verb = ending == .deployed ? "finished" : (ending == .rollbackFailed ? "could not revert" : "reverted")
            let line = "\(verb) interrupted \(record.kind.rawValue) \(record.id) (stopped at \(last))"
            log(line)
            lines.append(line)
        }
        return lines
    }

    /// Runs the machine to its end: journal `begun`, perform, journal `done`/`failed`. SIGINT/SIGTERM turns a
    /// forward deploy around at the next safe point: before the next forward step, or at once during a step
    /// that waits (gate, soak, pre-cutover), whose cut-short run is journaled `failed`. A lost Docker daemon
    /// ends the loop at once (the journal stays for the next run).
    @discardableResult
    func drive(
        _ machine: inout DeployMachine, executor: DeployExecutor, deployID: String, sequence: inout Int
    ) async throws -> DeployStep.Ending {
        while let step = machine.next() {
            if case .finish(let ending) = step {
                sequence += 1
                try await store.append(
                    JournalEntry(deployID: deployID, sequence: sequence, step: step.text, phase: .done, at: Date()))
                machine.record(step, succeeded: true)
                return ending
            }
            if step.isForward, let signal = await interrupt.signalName {
                log("\(signal) received before \(step.text): restoring the previous version")
                machine.interrupt("interrupted by \(signal) before \(step.text)")
                continue
            }
            sequence += 1
            try await store.append(
                JournalEntry(deployID: deployID, sequence: sequence, step: step.text, phase: .begun, at: Date()))
            log(describe(step, plans: executor.plans, adopted: executor.adopted))
            do {
                let detail = try await perform(step, executor: executor)
                sequence += 1
                try await store.append(
                    JournalEntry(
                        deployID: deployID, sequence: sequence, step: step.text, phase: .done, detail: detail,
                        at: Date()))
                machine.record(step, succeeded: true)
            } catch let error as DockerEngineError where Self.isDaemonLoss(error) {
                throw DeployError.dockerUnreachable(
                    "lost the Docker daemon during \(step.text): \(error.localizedDescription); the journal of deploy "
                        + "\(deployID) stays, the next deploy, rollback or history reverts or finishes it")
            } catch {
                var message = (error as? StepFailure)?.message ?? Self.describe(error)
                // A signal during the step (it cut the step short, or a child ended on it): an interruption.
                if step.isForward, let signal = await interrupt.signalName {
                    if error is Interruption { message = "interrupted by \(signal) during \(step.text)" }
                    machine.interrupt(message)
                    log("\(signal) received during \(step.text): restoring the previous version")
                }
                sequence += 1
                try await store.append(
                    JournalEntry(
                        deployID: deployID, sequence: sequence, step: step.text, phase: .failed, detail: message,
                        at: Date()))
                if !(error is Interruption) { log("  failed: \(message)") }
                machine.record(step, succeeded: false, cause: message)
            }
        }
        return .rollbackFailed
    }

    /// A signal cut a waiting step short.
    struct Interruption: Error {}

    /// Steps that wait (gate, soak, pre-cutover) race a signal, so Ctrl-C during a gate rolls back at once.
    func perform(_ step: DeployStep, executor: DeployExecutor) async throws -> String? {
        guard step.isForward, step.waits else { return try await executor.perform(step) }
        let interrupt = self.interrupt
        return try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask { try await executor.perform(step) }
            group.addTask {
                _ = try await interrupt.wait()
                throw Interruption()
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { return nil }
            return first
        }
    }

    /// `adopted`: a rollback's kept containers, which it starts instead of creating new ones.
    func describe(_ step: DeployStep, plans: [String: ServicePlan], adopted: [String: [ContainerRef]] = [:]) -> String {
        /// "the new container", or "the 3 new containers" for a service with several replicas.
        func the(_ service: String, _ which: String, _ count: KeyPath<ServicePlan, Int>) -> String {
            let number = plans[service]?[keyPath: count] ?? 1
            return number == 1 ? "the \(which) container" : "the \(number) \(which) containers"
        }
        return switch step {
        case .createNew(let s):
            if let kept = adopted[s] {
                "\(s): taking back the kept \(kept.map(\.name).joined(separator: ", ")) (nothing is created)"
            } else {
                "\(s): creating \(the(s, "new", \.replicas)) (docker compose up --no-start)"
            }
        case .preCutover(let s): "\(s): running the pre-cutover command in a one-off container of the new image"
        case .stopOld(let s): "\(s): stopping \(the(s, "previous", \.previous.count))"
        case .startNew(let s): "\(s): starting \(the(s, "new", \.replicas))"
        case .gateNew(let s): "\(s): gating \(the(s, "new", \.replicas))"
        case .soak: "soak: probing the new containers"
        case .retireOld(let s): "\(s): keeping \(the(s, "previous", \.previous.count)) stopped for rollback"
        case .removeNew(let s): "\(s): removing \(the(s, "new", \.replicas))"
        case .restoreOld(let s): "\(s): restoring \(the(s, "previous", \.previous.count))"
        case .gateOld: "gating the restored previous version"
        case .finish(let ending): "finished: \(ending.rawValue)"
        }
    }

    static func isDaemonLoss(_ error: DockerEngineError) -> Bool {
        switch error {
        case .daemonUnreachable, .permissionDenied: true
        default: false
        }
    }

    static func describe(_ error: any Error) -> String {
        (error as? DockerEngineError)?.localizedDescription ?? String(describing: error)
    }
}
