import DockerEngine
import Plan
import ShipshapeCore

/// Waits for one container: fail-fast state checks on every attempt and between pauses, then probes.
struct ContainerTargetRunner: Sendable {
    let context: TargetContext
    let client: DockerClient
    let container: String

    var prober: ContainerProber {
        ContainerProber(
            client: client, fetcher: context.fetcher, target: context.name, container: container,
            timeoutMilliseconds: context.timing.boundedAttemptTimeoutMilliseconds)
    }

    func run() async -> TargetOutcome {
        let started = context.clock.now()
        let baseline: ContainerDetails
        do {
            baseline = try await client.inspectContainer(container)
        } catch {
            let failure = EngineErrors.classify(error)
            let result = CheckResult(
                target: context.name, check: "inspect", status: .unhealthy, cause: failure.cause,
                message: failure.message)
            return TargetOutcome(
                name: context.name, status: .unhealthy, cause: failure.cause, attempts: 1, results: [result])
        }
        var latest = baseline
        var daemonLoss = DaemonLoss()
        let clock = context.clock
        var loop = context.makeLoop()
        let ending = await loop.run(
            attempt: { _ in
                let (outcome, details) = await attempt(baselineRestarts: baseline.restartCount)
                if let details { latest = details }
                return daemonLoss.review(outcome, at: clock.now()) ?? outcome
            },
            watch: {
                let (outcome, details) = await watch(baselineRestarts: baseline.restartCount)
                if let details { latest = details }
                return daemonLoss.review(outcome, at: clock.now())
            },
            progress: context.report)
        var outcome = context.outcome(ending)
        // A daemon that is gone answers nothing more: no OOM confirmation, no log tail.
        let daemonGone = ending.last.fatal == .daemonUnreachable
        if !daemonGone, let confirmed = await confirmOOMKill(latest) {
            latest = confirmed
            outcome.results = [
                CheckResult(
                    target: context.name, check: "container state", status: .unhealthy, cause: .containerExited,
                    message: FailFast.exited(confirmed.state).message,
                    nextStep: FailFast.exited(confirmed.state).nextStep)
            ]
        }
        if ending.passed {
            await applyExpectations(to: &outcome, details: latest, response: ending.last.lastResponse)
        } else if !daemonGone {
            outcome.verdict = await verdict(for: ending.last, details: latest)
        }
        outcome.healthLog = HealthText.lastEntries(latest)
        if outcome.status == .unhealthy, !daemonGone {
            outcome.logTail = await Diagnostics.logTail(client: client, container: container)
        }
        outcome.elapsedMilliseconds = (context.clock.now() - started).wholeMilliseconds
        return outcome
    }

    /// Inspect, fail fast, then run every probe in plan order.
    private func attempt(baselineRestarts: Int) async -> (AttemptOutcome, ContainerDetails?) {
        let details: ContainerDetails
        do {
            details = try await client.inspectContainer(container)
        } catch {
            let failure = EngineErrors.classify(error)
            return (
                .failure(
                    target: context.name, check: "inspect", cause: failure.cause, message: failure.message,
                    fatal: EngineErrors.isFatal(failure.cause)), nil
            )
        }
        if let (failure, fatal) = FailFast.check(details, baselineRestarts: baselineRestarts) {
            return (
                .failure(
                    target: context.name, check: "container state", cause: failure.cause, message: failure.message,
                    fatal: fatal), details
            )
        }
        let specs = context.spec.probes.isEmpty ? ContainerProber.defaultProbes(for: details) : context.spec.probes
        let prober = self.prober
        var runs: [ProbeRun] = []
        for spec in specs { runs.append(await prober.run(spec, details: details)) }
        if specs.isEmpty { runs.append(prober.running(details)) }
        let fatal = runs.first { $0.fatal }?.result.cause
        let response = runs.last { $0.response != nil && $0.result.status == .healthy }?.response
        let outcome = AttemptOutcome(
            results: runs.map(\.result), fatal: fatal, lastResponse: response, route: runs.compactMap(\.route).first)
        return (outcome, details)
    }

    /// Between attempts: only the container's state, so an exit is noticed within a watch slice.
    private func watch(baselineRestarts: Int) async -> (AttemptOutcome?, ContainerDetails?) {
        let details: ContainerDetails
        do {
            details = try await client.inspectContainer(container)
        } catch {
            let failure = EngineErrors.classify(error)
            if failure.cause == .daemonUnreachable {
                return (
                    .failure(
                        target: context.name, check: "inspect", cause: failure.cause, message: failure.message,
                        fatal: false), nil
                )
            }
            guard EngineErrors.isFatal(failure.cause) else { return (nil, nil) }
            return (
                .failure(
                    target: context.name, check: "inspect", cause: failure.cause, message: failure.message, fatal: true),
                nil
            )
        }
        guard let (failure, fatal) = FailFast.check(details, baselineRestarts: baselineRestarts), fatal else {
            return (nil, details)
        }
        return (
            .failure(
                target: context.name, check: "container state", cause: failure.cause, message: failure.message,
                fatal: true), details
        )
    }

    /// dockerd may report the exit (137, SIGKILL) a moment before it records the OOM kill: look again once.
    private func confirmOOMKill(_ details: ContainerDetails) async -> ContainerDetails? {
        let state = details.state
        guard !state.running, state.exitCode == 137, !state.oomKilled else { return nil }
        try? await context.clock.sleep(for: .milliseconds(300))
        guard let again = try? await client.inspectContainer(container), again.state.oomKilled else { return nil }
        return again
    }

    /// The seed verdict, when an exec probe's tool is missing but the service answers from outside.
    private func verdict(for last: AttemptOutcome, details: ContainerDetails) async -> String? {
        guard last.cause == .probeToolMissing else { return nil }
        for spec in context.spec.probes {
            guard case .exec(let exec) = spec else { continue }
            if let verdict = await SeedVerdict.evaluate(exec, prober: prober, details: details) { return verdict }
        }
        return nil
    }

    /// Version and image expectations, checked once the probes pass.
    private func applyExpectations(to outcome: inout TargetOutcome, details: ContainerDetails, response: HTTPSnapshot?)
        async
    {
        var failures: [Classification] = []
        for expectation in context.spec.expectations {
            switch expectation {
            case .version(let expected, let fields):
                var signals = VersionChecker.jsonSignals(expected: expected, fields: fields, response: response)
                signals.append(await VersionChecker.labelSignal(expected: expected, client: client, details: details))
                outcome.versionSignals += signals
                if let failure = VersionChecker.judge(signals) { failures.append(failure) }
            case .image(let tag):
                if let failure = await VersionChecker.imageCheck(tag: tag, client: client, details: details) {
                    failures.append(failure)
                }
            }
        }
        ExpectationOutcome.apply(failures, to: &outcome)
    }
}
