import Plan

/// What every target runner shares: timing, clock, jitter seed, the HTTP client and the observer.
struct TargetContext: Sendable {
    let name: String
    let spec: TargetSpec
    let timing: Timing
    let clock: any WaitClock
    let seed: UInt64?
    let fetcher: HTTPFetcher
    let observer: @Sendable (WaitProgress) -> Void

    func makeLoop() -> WaitLoop {
        WaitLoop(timing: timing, clock: clock, schedule: BackoffSchedule(timing: timing, seed: seed))
    }

    func report(_ number: Int, _ elapsed: Int, _ error: String?) {
        observer(.attempt(target: name, number: number, elapsedMilliseconds: elapsed, lastError: error))
    }

    /// The outcome of a finished loop, before version checks and diagnostics.
    func outcome(_ ending: WaitLoop.Ending) -> TargetOutcome {
        TargetOutcome(
            name: name, status: ending.passed ? .healthy : .unhealthy,
            cause: ending.passed ? nil : (ending.last.cause ?? .timeout), attempts: ending.attempts,
            elapsedMilliseconds: ending.elapsedMilliseconds, results: ending.last.results, probeRoute: ending.last.route
        )
    }
}
