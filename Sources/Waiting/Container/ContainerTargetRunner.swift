import DockerEngine
import Plan
import Probes
import ShipshapeCore

/// Waits for one container: fail-fast state checks on every attempt and between pauses, then probes.
/// A compose service's container is followed when a rollout replaces it.
struct ContainerTargetRunner: Sendable {
    let context: TargetContext
    let client: any DockerEngineAPI
    let container: String
    let membership: ComposeMembership?

    func prober(for id: String) -> ContainerProber {
        ContainerProber(
            client: client, fetcher: context.fetcher, target: context.name, container: id,
            timeoutMilliseconds: context.timing.boundedAttemptTimeoutMilliseconds)
    }

    var neighbours: ComposeNeighbours? { membership.map { ComposeNeighbours(client: client, membership: $0) } }

    func run() async -> TargetOutcome {
        let started = context.clock.now()
        var followed: FollowedContainer
        do {
            followed = FollowedContainer(try await client.inspectContainer(container))
        } catch {
            let failure = EngineErrors.classify(error)
            let result = CheckResult(
                target: context.name, check: "inspect", status: .unhealthy, cause: failure.cause,
                message: failure.message)
            return TargetOutcome(
                name: context.name, status: .unhealthy, cause: failure.cause, attempts: 1, results: [result])
        }
        var extras = AttemptExtras()
        var daemonLoss = DaemonLoss()
        var settled = SettledExpectation()
        // One named container is followed as it is; a compose service's may be replaced by a rollout.
        let pinned = if case .container = context.spec.reference { true } else { false }
        let clock = context.clock
        var loop = context.makeLoop()
        let ending = await loop.run(
            attempt: { _ in
                var (outcome, found) = await attempt(&followed)
                extras = found
                if pinned { outcome = settled.review(outcome, at: clock.now()) }
                return daemonLoss.review(outcome, at: clock.now()) ?? outcome
            },
            watch: {
                let outcome = await watch(&followed)
                return daemonLoss.review(outcome, at: clock.now()) ?? outcome
            },
            progress: context.report)
        var outcome = context.outcome(ending)
        outcome.versionSignals = extras.signals
        outcome.notes = extras.notes
        // A daemon that is gone answers nothing more: no OOM confirmation, no log tail.
        let daemonGone = ending.last.fatal == .daemonUnreachable
        if !daemonGone, let confirmed = await confirmOOMKill(followed) {
            followed.details = confirmed
            outcome.results = [
                CheckResult(
                    target: context.name, check: "container state", status: .unhealthy, cause: .containerExited,
                    message: FailFast.exited(confirmed.state).message,
                    nextStep: FailFast.exited(confirmed.state).nextStep)
            ]
        }
        if !ending.passed, !daemonGone {
            outcome.verdict = extras.verdict
            if outcome.verdict == nil { outcome.verdict = await verdict(for: ending.last, followed: followed) }
            if let early = StoppedEarly.note(ending, timing: context.timing) { outcome.notes.append(early) }
        }
        outcome.healthLog = HealthText.lastEntries(followed.details)
        if outcome.status == .unhealthy, !daemonGone {
            outcome.logTail = await Diagnostics.logTail(client: client, container: followed.id)
        }
        outcome.elapsedMilliseconds = (context.clock.now() - started).wholeMilliseconds
        return outcome
    }

    /// Between attempts: only the container's state, so an exit is noticed within a watch slice.
    /// A compose service's exit may be a rollout replacing it: the next attempt looks for the new one.
    private func watch(_ followed: inout FollowedContainer) async -> AttemptOutcome? {
        do {
            followed.details = try await client.inspectContainer(followed.id)
        } catch {
            let failure = EngineErrors.classify(error)
            if failure.cause == .daemonUnreachable {
                return .failure(
                    target: context.name, check: "inspect", cause: failure.cause, message: failure.message,
                    fatal: false)
            }
            guard EngineErrors.isFatal(failure.cause), membership == nil else { return nil }
            return .failure(
                target: context.name, check: "inspect", cause: failure.cause, message: failure.message, fatal: true)
        }
        guard let (failure, fatal) = FailFast.check(followed), fatal else { return nil }
        if membership != nil, !followed.details.state.running, !followed.details.state.restarting { return nil }
        return .failure(
            target: context.name, check: "container state", cause: failure.cause, message: failure.message, fatal: true)
    }

    /// dockerd may report the exit (137, SIGKILL) a moment before it records the OOM kill: look again once.
    private func confirmOOMKill(_ followed: FollowedContainer) async -> ContainerDetails? {
        let state = followed.details.state
        guard !state.running, state.exitCode == 137, !state.oomKilled else { return nil }
        try? await context.clock.sleep(for: .milliseconds(300))
        guard let again = try? await client.inspectContainer(followed.id), again.state.oomKilled else { return nil }
        return again
    }

    /// The seed verdict, when an exec probe's tool is missing but the service answers from outside.
    private func verdict(for last: AttemptOutcome, followed: FollowedContainer) async -> String? {
        guard last.cause == .probeToolMissing else { return nil }
        for spec in context.spec.probes {
            guard case .exec(let exec) = spec else { continue }
            if let verdict = await SeedVerdict.evaluate(
                exec, prober: prober(for: followed.id), details: followed.details)
            {
                return verdict
            }
        }
        return nil
    }
}

/// What an attempt learnt beside its results: version signals and notes for the report.
struct AttemptExtras: Sendable {
    var signals: [VersionSignal] = []
    var notes: [String] = []
    /// The healthcheck's verdict, when the attempt explained a failing Docker healthcheck.
    var verdict: String?
}
