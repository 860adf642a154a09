import DeployStore
import Foundation

extension DeployRunner {
    /// What deploy and rollback share once the lock is held: record, drive the machine, record the end, report.
    func execute(
        _ started: DeployRecord, plans: [ServicePlan], executor: DeployExecutor, started clock: ContinuousClock.Instant,
        recovered: [String]
    ) async throws -> DeployReport {
        var record = started
        try await store.save(record)
        var machine = DeployMachine(services: plans, soakEnabled: record.soakMilliseconds > 0)
        var sequence = 0
        let ending = try await drive(&machine, executor: executor, deployID: record.id, sequence: &sequence)
        // Restored after a signal: `interrupted` (exit 1 like a rollback; the previous version serves).
        let outcome: DeployOutcome = machine.interrupted && ending == .rolledBack ? .interrupted : ending.outcome
        record.finishedAt = Date()
        record.outcome = outcome
        record.cause = machine.failure.map { ([$0] + machine.rollbackFailures).joined(separator: "; ") }
        var reports: [DeployReport.Service] = []
        var logTail: [String] = []
        var nextStep: String?
        for plan in plans {
            let gate = await executor.gateResults[plan.service]
            if let index = record.services.firstIndex(where: { $0.service == plan.service }) {
                if let new = await executor.newContainers[plan.service], !new.isEmpty {
                    record.services[index].toContainer = new.first?.id
                    if record.services[index].toReplicas == nil {
                        record.services[index].toReplicas = new.map { ContainerRecord(id: $0.id, name: $0.name) }
                    }
                }
                if let image = await executor.newImages[plan.service] { record.services[index].toImage = image }
                record.services[index].gateMilliseconds = gate?.elapsedMilliseconds
                record.services[index].gapMilliseconds = await executor.gaps[plan.service]
                record.services[index].outcome = outcome
            }
            reports.append(await Self.serviceReportAsync(plan, executor: executor))
            logTail += gate?.logTail ?? []
            nextStep = nextStep ?? gate?.nextStep
        }
        logTail += await executor.soakResult?.logTail ?? []
        if nextStep == nil { nextStep = await executor.soakResult?.nextStep }
        try await store.save(record)
        return DeployReport(
            id: record.id, kind: record.kind.rawValue, project: record.project, revision: record.revision,
            outcome: outcome.rawValue, exitCode: DeployReport.exitCode(outcome), cause: record.cause,
            logTail: Array(logTail.suffix(20)), nextStep: outcome == .deployed ? nil : nextStep, services: reports,
            recovered: recovered,
            soakMilliseconds: record.soakMilliseconds > 0 ? await executor.soakResult?.elapsedMilliseconds : nil,
            restoreMilliseconds: await executor.restoreResult?.elapsedMilliseconds,
            durationMilliseconds: Gate.milliseconds(.now - clock))
    }

    /// Runs `body` holding `lock`, then releases it — except when the Docker daemon was lost: then the lock
    /// stays with the journal, and the next run on this host takes it over and recovers.
    func holding<T: Sendable>(_ lock: DeployLock, deployID: String, _ body: () async throws -> T) async throws -> T {
        do {
            let result = try await body()
            try? await lock.release(deployID: deployID)
            return result
        } catch DeployError.dockerUnreachable(let message) {
            throw DeployError.dockerUnreachable(message)
        } catch {
            try? await lock.release(deployID: deployID)
            throw error
        }
    }
}

extension DeployStep.Ending {
    var outcome: DeployOutcome {
        switch self {
        case .deployed: .deployed
        case .rolledBack: .rolledBack
        case .rollbackFailed: .rollbackFailed
        }
    }
}
