import Plan
import Probes
import ShipshapeCore

/// The retry loop of one target, independent of what an attempt does, so it can be tested with a manual clock.
struct WaitLoop: Sendable {
    var timing: Timing
    var clock: any WaitClock
    var schedule: BackoffSchedule
    /// Longest stretch slept without checking `watch`: bounds how late an exited container is noticed.
    var watchSliceMilliseconds = 250

    /// How the loop ended.
    struct Ending: Sendable {
        var last: AttemptOutcome
        var attempts: Int
        var passed: Bool
        var elapsedMilliseconds: Int
        /// The pauses slept, in milliseconds (for tests and diagnostics).
        var pauses: [Int]
    }

    /// Runs attempts until `successThreshold` consecutive passes, a fatal outcome, or the deadline. A pass is
    /// counted per attempt whose tests pass (`AttemptOutcome.confirms`); the wait ends at an attempt that passes
    /// whole once the streak is long enough.
    ///
    /// - `attempt` performs one attempt (number from 1).
    /// - `watch` is called between slices of a pause; a non-nil, fatal outcome ends the wait at once.
    mutating func run(
        attempt: (Int) async -> AttemptOutcome,
        watch: () async -> AttemptOutcome?,
        progress: (Int, Int, String?) -> Void
    ) async -> Ending {
        let start = clock.now()
        // The timeout is a bound: a longer start period only stops failures from counting.
        let limit = timing.deadlineMilliseconds
        var number = 0
        var streak = 0
        var counted = 0
        var pauses: [Int] = []
        while true {
            number += 1
            let outcome = await attempt(number)
            let elapsed = (clock.now() - start).wholeMilliseconds
            progress(number, elapsed, outcome.errorText)
            if outcome.fatal != nil || Task.isCancelled {
                return Ending(
                    last: outcome, attempts: number, passed: false, elapsedMilliseconds: elapsed, pauses: pauses)
            }
            // The threshold counts consecutive passes of the target's tests; the attempt that ends the wait
            // must pass as a whole (Docker's health status too), but the reads need not repeat it.
            streak = outcome.confirms ? streak + 1 : 0
            if outcome.passed, streak >= max(1, timing.successThreshold) {
                return Ending(
                    last: outcome, attempts: number, passed: true, elapsedMilliseconds: elapsed, pauses: pauses)
            }
            // Failures inside the start period do not grow the backoff: the service is expected to be down.
            if !(elapsed < timing.startPeriodMilliseconds && !outcome.passed) { counted += 1 }
            let remaining = limit - elapsed
            if remaining <= 0 {
                return Ending(
                    last: outcome, attempts: number, passed: false, elapsedMilliseconds: elapsed, pauses: pauses)
            }
            // Confirming attempts (a pass short of the threshold) come at the base interval: the backoff is for
            // a service that is not up yet, and a streak of passes needs no waiting between them. So do attempts
            // whose tests pass while a read (Docker's health status) lags: the service answers already.
            let pause = min(schedule.pause(step: outcome.confirms ? 1 : max(1, counted)), remaining)
            pauses.append(pause)
            if let fatal = await sleep(pause, watch: watch) {
                let elapsed = (clock.now() - start).wholeMilliseconds
                return Ending(
                    last: fatal, attempts: number, passed: false, elapsedMilliseconds: elapsed, pauses: pauses)
            }
        }
    }

    /// Sleeps in slices, asking `watch` between them; returns its fatal outcome if it reports one.
    private func sleep(_ milliseconds: Int, watch: () async -> AttemptOutcome?) async -> AttemptOutcome? {
        var left = milliseconds
        while left > 0 {
            let slice = min(left, max(1, watchSliceMilliseconds))
            do { try await clock.sleep(for: .milliseconds(slice)) } catch { return nil }
            left -= slice
            if left > 0, let outcome = await watch(), outcome.fatal != nil { return outcome }
        }
        return nil
    }
}
