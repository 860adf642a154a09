import DockerEngine
import Plan
import Probes
import ShipshapeCore

/// Waits until every target of a plan is healthy, fails fast when it cannot become so, and says why.
public struct WaitEngine: Sendable {
    let client: (any DockerEngineAPI)?
    let clock: any WaitClock
    let jitterSeed: UInt64?

    /// `client` may be nil for URL-only plans; `jitterSeed` pins the jitter (tests).
    public init(client: (any DockerEngineAPI)?, clock: any WaitClock = SystemWaitClock(), jitterSeed: UInt64? = nil) {
        self.client = client
        self.clock = clock
        self.jitterSeed = jitterSeed
    }

    /// Waits for every target concurrently.
    ///
    /// Throws only when it cannot run at all (e.g. `DockerEngineError` for a plan that needs Docker when
    /// `client` is nil); every probe failure is reported in the `WaitReport` instead.
    public func run(_ plan: Plan, observer: @escaping @Sendable (WaitProgress) -> Void = { _ in }) async throws
        -> WaitReport
    {
        if EngineRequirement.needsDocker(plan) { _ = try EngineRequirement.require(client) }
        let started = clock.now()
        let connect = plan.defaults.boundedAttemptTimeoutMilliseconds
        let targets = try await HTTPFetcher.with(connectTimeoutMilliseconds: connect) { fetcher in
            try await waitAll(plan, fetcher: fetcher, observer: observer)
        }
        return WaitReport(targets: targets, elapsedMilliseconds: (clock.now() - started).wholeMilliseconds)
    }

    /// Resolves targets, then runs them in a task group, keeping plan order in the report.
    private func waitAll(_ plan: Plan, fetcher: HTTPFetcher, observer: @escaping @Sendable (WaitProgress) -> Void)
        async throws -> [TargetOutcome]
    {
        var contexts: [(TargetContext, ResolvedTarget)] = []
        for spec in plan.targets {
            for resolved in try await TargetResolver.resolve(spec, client: client) {
                let seed = jitterSeed.map { $0 &+ UInt64(contexts.count) }
                let context = TargetContext(
                    name: resolved.name, spec: spec, timing: spec.timing ?? plan.defaults, clock: clock, seed: seed,
                    fetcher: fetcher, observer: observer)
                contexts.append((context, resolved))
            }
        }
        let client = self.client
        let outcomes = await withTaskGroup(of: (Int, TargetOutcome).self) { group in
            for (index, (context, resolved)) in contexts.enumerated() {
                group.addTask {
                    let outcome = await TargetDeadline.run(context, client: resolved.isContainer ? client : nil) {
                        await Self.runTarget(context, resolved: resolved, client: client)
                    }
                    context.observer(.finished(outcome))
                    return (index, outcome)
                }
            }
            var outcomes: [(Int, TargetOutcome)] = []
            for await pair in group { outcomes.append(pair) }
            return outcomes.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return outcomes + VersionCoverage.unchecked(plan, outcomes: outcomes)
    }

    private static func runTarget(_ context: TargetContext, resolved: ResolvedTarget, client: (any DockerEngineAPI)?)
        async -> TargetOutcome
    {
        switch resolved.subject {
        case .url(let url):
            return await URLTargetRunner(context: context, url: url, started: context.clock.now()).run()
        case .container(let id):
            guard let client else {
                return missing(context.name, Classification(.daemonUnreachable, "no Docker client"))
            }
            return await ContainerTargetRunner(
                context: context, client: client, container: id, membership: resolved.membership
            ).run()
        case .missing(let failure):
            return missing(context.name, failure)
        }
    }

    private static func missing(_ name: String, _ failure: Classification) -> TargetOutcome {
        let result = CheckResult(
            target: name, check: "resolve", status: .unhealthy, cause: failure.cause, message: failure.message,
            nextStep: failure.nextStep)
        return TargetOutcome(name: name, status: .unhealthy, cause: failure.cause, attempts: 0, results: [result])
    }
}
