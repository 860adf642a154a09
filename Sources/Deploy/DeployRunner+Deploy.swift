import DeployStore
import DockerEngine
import Foundation
import Plan

extension DeployRunner {
    /// `shipshape deploy`: returns the report (its `exitCode` is the process's). Throws `DeployError` for
    /// usage, preflight, lock and Docker failures.
    public func deploy(_ request: DeployRequest, config: ComposeConfig, gateSettings: GateSettings) async throws
        -> DeployReport
    {
        let started = ContinuousClock.now
        let project = config.project
        let services = try await preflight(request, config: config)
        let revision = request.revision ?? "unknown"
        let deployID = Identity.deployID()
        if request.dryRun {
            let plans = try await self.plans(services, project: project)
            announce(plans)
            return DeployReport(
                id: deployID, kind: "deploy", project: project, revision: revision, outcome: "dry-run", exitCode: 0,
                services: plans.map { Self.serviceReport($0, executor: nil) }, soakMilliseconds: request.soakMilliseconds,
                dryRun: true)
        }
        let gate = Gate(client: client, settings: gateSettings)
        let user = await Identity.user(environment: request.environment, directory: request.compose.directory)
        let now = Date()
        let holder = LockHolder(
            user: user, host: Identity.host, pid: ProcessInfo.processInfo.processIdentifier, revision: revision,
            deployID: deployID, since: now, expires: now.addingTimeInterval(Double(request.lockTTLMilliseconds) / 1000))
        let lock = DeployLock(client: client, project: project)
        let lockImage = services[0].imageReference(project: project)
        if let stale = try await lock.acquire(
            as: holder, image: lockImage,
            waitUntil: request.waitLockMilliseconds.map { now.addingTimeInterval(Double($0) / 1000) })
        {
            log("took over a stale lock: \(stale.summary)")
        }
        do {
            let recovered = try await recover(project: project, compose: request.compose, gate: gate, keep: request.keep)
            let plans = try await self.plans(services, project: project)
            announce(plans)
            let report = try await deployLocked(
                request, plans: plans, project: project, revision: revision, deployID: deployID, user: user,
                gate: gate, started: started, recovered: recovered)
            try? await lock.release(deployID: deployID)
            return report
        } catch let error as DeployError {
            // A lost daemon keeps the lock: the journal must be recovered before anyone deploys again.
            if case .dockerUnreachable = error { throw error }
            try? await lock.release(deployID: deployID)
            throw error
        } catch {
            try? await lock.release(deployID: deployID)
            throw error
        }
    }

    func announce(_ plans: [ServicePlan]) {
        for plan in plans {
            let from = plan.old.map { "\($0.name) (\($0.imageID.prefix(19)), revision \($0.revision ?? "unknown"))" }
            log("\(plan.service): \(plan.strategy.rawValue) — \(plan.reason); from \(from ?? "nothing (first deploy)")")
        }
    }

    func deployLocked(
        _ request: DeployRequest, plans: [ServicePlan], project: String, revision: String, deployID: String,
        user: String, gate: Gate, started: ContinuousClock.Instant, recovered: [String]
    ) async throws -> DeployReport {
        let current = plans
        var record = DeployRecord(
            id: deployID, kind: .deploy, project: project, revision: revision, user: user, host: Identity.host,
            startedAt: Date(), services: current.map(Self.serviceRecord), soakMilliseconds: request.soakMilliseconds)
        try await store.save(record)
        let executor = DeployExecutor(
            client: client, compose: request.compose, gate: gate, deployID: deployID, project: project,
            revision: revision, plans: current, keep: request.keep, stopGraceSeconds: request.stopGraceSeconds)
        var machine = DeployMachine(services: current, soakEnabled: request.soakMilliseconds > 0)
        var sequence = 0
        let ending = try await drive(&machine, executor: executor, deployID: deployID, sequence: &sequence)
        let outcome: DeployOutcome =
            switch ending {
            case .deployed: .deployed
            case .rolledBack: .rolledBack
            case .rollbackFailed: .rollbackFailed
            }
        record.finishedAt = Date()
        record.outcome = outcome
        record.cause = machine.failure.map { cause in
            ([cause] + machine.rollbackFailures).joined(separator: "; ")
        }
        var services: [ServiceRecord] = []
        var reports: [DeployReport.Service] = []
        for plan in current {
            var service = Self.serviceRecord(plan)
            service.toContainer = await executor.newContainers[plan.service]
            service.toImage = await executor.newImages[plan.service]
            service.gateMilliseconds = await executor.gateResults[plan.service]?.elapsedMilliseconds
            service.gapMilliseconds = await executor.gaps[plan.service]
            service.outcome = outcome
            services.append(service)
            reports.append(await Self.serviceReportAsync(plan, executor: executor))
        }
        record.services = services
        try await store.save(record)
        var logTail: [String] = []
        for plan in current { logTail += await executor.gateResults[plan.service]?.logTail ?? [] }
        logTail += await executor.soakResult?.logTail ?? []
        return DeployReport(
            id: deployID, kind: "deploy", project: project, revision: revision, outcome: outcome.rawValue,
            exitCode: DeployReport.exitCode(outcome), cause: record.cause, logTail: Array(logTail.suffix(20)),
            services: reports, recovered: recovered,
            soakMilliseconds: request.soakMilliseconds > 0 ? await executor.soakResult?.elapsedMilliseconds : nil,
            restoreMilliseconds: await executor.restoreResult?.elapsedMilliseconds,
            durationMilliseconds: Gate.milliseconds(.now - started))
    }

    static func serviceRecord(_ plan: ServicePlan) -> ServiceRecord {
        ServiceRecord(
            service: plan.service, strategy: plan.strategy.rawValue, fromContainer: plan.old?.id,
            fromName: plan.old?.name, fromImage: plan.old?.imageID, fromRevision: plan.old?.revision)
    }

    static func serviceReport(_ plan: ServicePlan, executor: DeployExecutor?) -> DeployReport.Service {
        DeployReport.Service(
            service: plan.service, strategy: plan.strategy.rawValue, reason: plan.reason, fromContainer: plan.old?.id,
            fromImage: plan.old?.imageID, fromRevision: plan.old?.revision)
    }

    static func serviceReportAsync(_ plan: ServicePlan, executor: DeployExecutor) async -> DeployReport.Service {
        var report = serviceReport(plan, executor: nil)
        report.toContainer = await executor.newContainers[plan.service]
        report.toImage = await executor.newImages[plan.service]
        report.gateMilliseconds = await executor.gateResults[plan.service]?.elapsedMilliseconds
        report.gapMilliseconds = await executor.gaps[plan.service]
        return report
    }
}
