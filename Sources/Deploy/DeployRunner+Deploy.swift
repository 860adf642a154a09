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
        // Who deploys (`git config user.name`, a process) is looked up while the preflight runs, unless the
        // caller did it already (beside `docker compose config`).
        async let whoDeploys = Self.user(request)
        let services = try await preflight(request, config: config)
        let revision = request.revision ?? "unknown"
        let deployID = Identity.deployID()
        if request.dryRun {
            let plans = try await self.plans(services, project: project, section: request.section, hooks: true)
            announce(plans)
            let preview = DryRunPreview(client: client, project: project, settings: gateSettings, keep: request.keep)
            var reports: [DeployReport.Service] = []
            for plan in plans {
                guard let service = services.first(where: { $0.name == plan.service }) else { continue }
                reports.append(try await preview.report(plan, service: service))
            }
            return DeployReport(
                id: deployID, kind: "deploy", project: project, revision: revision, outcome: "dry-run", exitCode: 0,
                services: reports,
                soakMilliseconds: request.soakMilliseconds,
                dryRun: true)
        }
        let gate = Gate(client: client, settings: gateSettings)
        let user = await whoDeploys
        let lock = try await takeLock(
            request, project: project, id: deployID, user: user, revision: revision,
            image: services[0].imageReference(project: project))
        return try await holding(lock, deployID: deployID) {
            let recovered = try await recover(
                project: project, compose: request.compose, gate: gate, keep: request.keep)
            let plans = try await self.plans(services, project: project, section: request.section, hooks: true)
            announce(plans)
            return try await deployLocked(
                request, plans: plans, project: project, revision: revision, deployID: deployID, user: user,
                gate: gate, started: started, recovered: recovered)
        }
    }

    /// `request.user`, else `Identity.user` (a `git` process).
    static func user(_ request: DeployRequest) async -> String {
        if let user = request.user { return user }
        return await Identity.user(environment: request.environment, directory: request.compose.directory)
    }

    /// Takes the project's lock for deploy (or rollback) `id`, waiting as `--wait-lock` says.
    func takeLock(_ request: DeployRequest, project: String, id: String, user: String, revision: String, image: String)
        async throws -> DeployLock
    {
        let now = Date()
        let holder = LockHolder(
            user: user, host: Identity.host, pid: ProcessInfo.processInfo.processIdentifier, revision: revision,
            deployID: id, since: now, expires: now.addingTimeInterval(Double(request.lockTTLMilliseconds) / 1000))
        let lock = DeployLock(client: client, project: project)
        if let stale = try await lock.acquire(
            as: holder, image: image,
            waitUntil: request.waitLockMilliseconds.map { now.addingTimeInterval(Double($0) / 1000) })
        {
            log("took over a stale lock: \(stale.summary)")
        }
        return lock
    }

    func announce(_ plans: [ServicePlan]) {
        for plan in plans {
            let from = plan.old.map {
                "\(Self.names(plan.previous)) (\($0.imageID.prefix(19)), revision \($0.revision ?? "unknown"))"
            }
            let together = plan.strategy == .startFirst ? "all new ones beside the old ones" : "all old ones first"
            let replicas = plan.replicas == 1 ? "" : "; \(plan.replicas) replicas (\(together))"
            log(
                "\(plan.service): \(plan.strategy.rawValue) — \(plan.reason)\(replicas); "
                    + "from \(from ?? "nothing (first deploy)")")
            if let hook = plan.preCutover {
                log(
                    "\(plan.service): pre-cutover \(hook.command.joined(separator: " ")) (timeout \(hook.timeoutMilliseconds / 1000) s)"
                )
            }
        }
    }

    func deployLocked(
        _ request: DeployRequest, plans: [ServicePlan], project: String, revision: String, deployID: String,
        user: String, gate: Gate, started: ContinuousClock.Instant, recovered: [String]
    ) async throws -> DeployReport {
        let record = DeployRecord(
            id: deployID, kind: .deploy, project: project, revision: revision, user: user, host: Identity.host,
            startedAt: Date(), services: plans.map(Self.serviceRecord), soakMilliseconds: request.soakMilliseconds)
        let executor = DeployExecutor(
            client: client, compose: request.compose, gate: gate, deployID: deployID, project: project,
            revision: revision, plans: plans, keep: request.keep, stopGraceSeconds: request.stopGraceSeconds)
        return try await execute(record, plans: plans, executor: executor, started: started, recovered: recovered)
    }

    static func serviceRecord(_ plan: ServicePlan) -> ServiceRecord {
        ServiceRecord(
            service: plan.service, strategy: plan.strategy.rawValue, fromContainer: plan.old?.id,
            fromName: plan.old?.name, fromImage: plan.old?.imageID, fromRevision: plan.old?.revision,
            fromReplicas: plan.previous.map { ContainerRecord(id: $0.id, name: $0.name) }, replicas: plan.replicas)
    }

    static func serviceReport(_ plan: ServicePlan, executor: DeployExecutor?) -> DeployReport.Service {
        DeployReport.Service(
            service: plan.service, strategy: plan.strategy.rawValue, reason: plan.reason, fromContainer: plan.old?.id,
            fromImage: plan.old?.imageID, fromRevision: plan.old?.revision, replicas: plan.replicas,
            fromContainers: plan.previous.map(\.id))
    }

    static func serviceReportAsync(_ plan: ServicePlan, executor: DeployExecutor) async -> DeployReport.Service {
        var report = serviceReport(plan, executor: nil)
        let new = await executor.newContainers[plan.service] ?? []
        report.toContainer = new.first?.id
        report.toContainers = new.map(\.id)
        if !new.isEmpty { report.replicas = new.count }
        report.toImage = await executor.newImages[plan.service]
        report.gateMilliseconds = await executor.gateResults[plan.service]?.elapsedMilliseconds
        report.gapMilliseconds = await executor.gaps[plan.service]
        return report
    }
}
