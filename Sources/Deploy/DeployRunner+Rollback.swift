import DeployStore
import DockerEngine
import Foundation

extension DeployRunner {
    /// `shipshape rollback`: brings back kept previous containers (the exact containers, not re-created ones),
    /// through the same journaled, gated state machine as a deploy.
    ///
    /// Target per service: `to` (a deploy id or revision), else the newest successful deploy before the one
    /// running now whose container is still kept, else the container the running deploy replaced.
    public func rollback(
        _ request: DeployRequest, config: ComposeConfig, gateSettings: GateSettings, to: String?
    ) async throws -> DeployReport {
        let started = ContinuousClock.now
        let project = config.project
        let services = try config.dependencyOrder(of: request.services)
        let rollbackID = Identity.deployID()
        let gate = Gate(client: client, settings: gateSettings)
        let user = await Identity.user(environment: request.environment, directory: request.compose.directory)
        let current = try await plans(services, project: project, section: request.section)
        guard let lockImage = current.compactMap(\.old).first?.imageID else {
            throw DeployError.usage("nothing of project \(project) runs: there is nothing to roll back")
        }
        let lock = try await takeLock(
            request, project: project, id: rollbackID, user: user,
            revision: "rollback" + (to.map { " to \($0)" } ?? ""), image: lockImage)
        return try await holding(lock, deployID: rollbackID) {
            let recovered = try await recover(
                project: project, compose: request.compose, gate: gate, keep: request.keep)
            let plans = try await self.plans(services, project: project, section: request.section)
            let records = try await store.records(project: project, limit: 1000)
            var chosen: [ServicePlan] = []
            var adopted: [String: [ContainerRef]] = [:]
            var revisions: Set<String> = []
            for plan in plans {
                guard let (target, revision) = try await target(for: plan, records: records, to: to) else { continue }
                adopted[plan.service] = target
                revisions.insert(revision)
                chosen.append(plan)
                let from =
                    plan.old.map { "\(Self.names(plan.previous)) (revision \($0.revision ?? "unknown"))" } ?? "nothing"
                log(
                    "\(plan.service): \(plan.strategy.rawValue) — back from \(from) to \(Self.names(target)) (revision \(revision))"
                )
            }
            if chosen.isEmpty, !recovered.isEmpty {
                // Reverting the interrupted deploy already brought the previous version back.
                return DeployReport(
                    id: rollbackID, kind: "rollback", project: project, revision: "", outcome: "recovered", exitCode: 0,
                    recovered: recovered, durationMilliseconds: Gate.milliseconds(.now - started))
            }
            guard !chosen.isEmpty else {
                throw DeployError.usage(
                    "no kept container to roll back to\(to.map { " for \($0)" } ?? "") (kept: --keep per service)")
            }
            let revision = revisions.sorted().joined(separator: ",")
            let record = DeployRecord(
                id: rollbackID, kind: .rollback, project: project, revision: revision, user: user, host: Identity.host,
                startedAt: Date(),
                services: chosen.map { plan in
                    var service = Self.serviceRecord(plan)
                    let kept = adopted[plan.service] ?? []
                    service.toContainer = kept.first?.id
                    service.toImage = kept.first?.imageID
                    service.toName = kept.first?.name
                    service.toReplicas = kept.map { ContainerRecord(id: $0.id, name: $0.name) }
                    return service
                }, soakMilliseconds: request.soakMilliseconds)
            let executor = DeployExecutor(
                client: client, compose: request.compose, gate: gate, deployID: rollbackID, project: project,
                revision: revision, plans: chosen, keep: request.keep, stopGraceSeconds: request.stopGraceSeconds,
                adopted: adopted)
            return try await execute(record, plans: chosen, executor: executor, started: started, recovered: recovered)
        }
    }

    /// "web-1", or "web-4, web-5, web-6" for several replicas.
    static func names(_ containers: [ContainerRef]) -> String { containers.map(\.name).joined(separator: ", ") }

    /// The kept containers `plan.service` goes back to (every replica of that version, all still present), with
    /// their revision; nil when they already run or none is left.
    func target(for plan: ServicePlan, records: [DeployRecord], to: String?) async throws -> ([ContainerRef], String)? {
        let succeeded = records.filter { $0.outcome == .deployed }
        let running = Set(plan.previous.map(\.id))
        func started(_ record: DeployRecord) -> (containers: [String], revision: String)? {
            guard let service = record.services.first(where: { $0.service == plan.service }) else { return nil }
            let ids = service.newContainers.map(\.id)
            return ids.isEmpty ? nil : (ids, record.revision)
        }
        var candidates: [(containers: [String], revision: String)] = []
        if let to {
            candidates = succeeded.filter { $0.id == to || $0.revision == to || $0.revision.hasPrefix(to) }
                .compactMap(started)
        } else {
            let currentIndex = succeeded.firstIndex { record in
                record.services.contains { service in
                    service.service == plan.service && service.newContainers.contains { running.contains($0.id) }
                }
            }
            let older = currentIndex.map { Array(succeeded[($0 + 1)...]) } ?? succeeded
            candidates = older.compactMap(started)
            if let currentIndex,
                let replaced = succeeded[currentIndex].services.first(where: { $0.service == plan.service }),
                !replaced.previousContainers.isEmpty
            {
                candidates.insert(
                    (replaced.previousContainers.map(\.id), replaced.fromRevision ?? "unknown"), at: 0)
            }
        }
        candidate: for candidate in candidates where running.isDisjoint(with: candidate.containers) {
            var found: [ContainerRef] = []
            for id in candidate.containers {
                guard let details = try? await client.inspectContainer(id) else { continue candidate }
                found.append(
                    ContainerRef(
                        id: details.id, name: DeployExecutor.bare(details.name), imageID: details.image,
                        revision: details.config.labels?[DeployLabels.revision] ?? candidate.revision))
            }
            return (found, found.first?.revision ?? candidate.revision)
        }
        return nil
    }
}
