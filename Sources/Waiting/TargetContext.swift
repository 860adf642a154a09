import Plan
import Probes

/// What every target runner shares: timing, clock, jitter seed, the HTTP client and the observer.
struct TargetContext: Sendable {
    let name: String
    let spec: TargetSpec
    let timing: Timing
    let clock: any WaitClock
    let seed: UInt64?
    let fetcher: HTTPFetcher
    let observer: @Sendable (WaitProgress) -> Void
    /// What the runner has learnt so far, for the deadline timer.
    let checkpoint = TargetCheckpoint()

    func makeLoop() -> WaitLoop {
        WaitLoop(timing: timing, clock: clock, schedule: BackoffSchedule(timing: timing, seed: seed))
    }

    /// Records and shows an attempt; an attempt cut short by the deadline timer is neither.
    func report(_ number: Int, _ elapsed: Int, _ error: String?) {
        guard !Task.isCancelled else { return }
        checkpoint.attempted(number, elapsedMilliseconds: elapsed, error: error)
        observer(.attempt(target: name, number: number, elapsedMilliseconds: elapsed, lastError: error))
    }

    /// The outcome of a finished loop, before version checks and diagnostics.
    func outcome(_ ending: WaitLoop.Ending) -> TargetOutcome {
        let outcome = TargetOutcome(
            name: name, status: ending.passed ? .healthy : .unhealthy,
            cause: ending.passed ? nil : (ending.last.cause ?? .timeout), attempts: ending.attempts,
            elapsedMilliseconds: ending.elapsedMilliseconds, results: ending.last.results, probeRoute: ending.last.route
        )
        if !Task.isCancelled { checkpoint.loopEnded(outcome) }
        return outcome
    }
}
