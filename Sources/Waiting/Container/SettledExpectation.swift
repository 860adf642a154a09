import Probes
import ShipshapeCore

/// A version or image expectation that one container keeps failing the same way.
///
/// A target that names one container (`wait CONTAINER`, the deploy gate's new containers) is never
/// replaced during the wait, and a running container changes neither the version it reports nor the
/// image it runs: once its probes pass but the same expectation failure comes back on `attempts`
/// attempts in a row, over at least `milliseconds`, waiting longer cannot help, and the wait ends now
/// instead of at its deadline. A compose service's target keeps retrying: its old container answers
/// until the rollout replaces it.
struct SettledExpectation {
    static let attempts = 3
    static let milliseconds = 2_000
    private var last: [String] = []
    private var streak = 0
    private var since: ContinuousClock.Instant?

    /// `outcome`, made fatal once its expectation failure has settled.
    mutating func review(_ outcome: AttemptOutcome, at now: ContinuousClock.Instant) -> AttemptOutcome {
        var outcome = outcome
        let failing = outcome.results.filter { $0.check == "version" && $0.status != .healthy }
        let probesPassed = outcome.results.allSatisfy { $0.check == "version" || $0.status == .healthy }
        guard outcome.fatal == nil, probesPassed, let cause = failing.first?.cause else {
            (last, streak, since) = ([], 0, nil)
            return outcome
        }
        let messages = failing.map(\.message)
        if messages != last { (last, streak, since) = (messages, 0, now) }
        streak += 1
        let lasted = (now - (since ?? now)).wholeMilliseconds
        guard streak >= Self.attempts, lasted >= Self.milliseconds else { return outcome }
        outcome.fatal = cause
        outcome.results = outcome.results.map { result in
            guard result.check == "version", result.status != .healthy else { return result }
            var settled = result
            settled.message +=
                " (the same answer \(streak) times in \(lasted) ms from this one container, which no rollout replaces)"
            return settled
        }
        return outcome
    }
}
