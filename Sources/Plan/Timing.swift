/// How long and how often to probe. Durations are in milliseconds so the model stays `Codable` and exact.
public struct Timing: Sendable, Hashable, Codable {
    /// Give up after this long overall.
    public var deadlineMilliseconds: Int
    /// Each probe attempt is cut off after this long.
    public var attemptTimeoutMilliseconds: Int
    /// Failures during this initial period do not count (the service is still starting).
    public var startPeriodMilliseconds: Int
    /// Pause before the second attempt; grows by `backoff` up to `maxIntervalMilliseconds`.
    public var intervalMilliseconds: Int
    /// The longest pause. It bounds how late a recovery is noticed: with 250 ms the median delay
    /// between "healthy" and "seen healthy" is about half of that. A health endpoint answering
    /// four requests a second costs nothing worth saving, so the default favours fast detection.
    public var maxIntervalMilliseconds: Int
    public var backoff: Double
    /// Random spread applied to each pause, as a fraction (0.1 = ±10 %).
    public var jitter: Double
    /// Consecutive passing attempts needed.
    public var successThreshold: Int
    /// How long a container with nothing to probe (no probe, no healthcheck, no single port) must have
    /// been running before it counts; a container that restarted before the wait must stay up three
    /// times as long. A worker that exits two seconds after start must not pass.
    public var stableMilliseconds: Int

    /// The attempt timeout, never longer than the whole wait: `--timeout 2s` bounds a hanging
    /// endpoint's attempt to 2 s even though attempts default to 5 s.
    public var boundedAttemptTimeoutMilliseconds: Int {
        max(1, min(attemptTimeoutMilliseconds, deadlineMilliseconds))
    }

    public init(
        deadlineMilliseconds: Int = 90_000, attemptTimeoutMilliseconds: Int = 5_000, startPeriodMilliseconds: Int = 0,
        intervalMilliseconds: Int = 100, maxIntervalMilliseconds: Int = 250, backoff: Double = 1.5,
        jitter: Double = 0.1, successThreshold: Int = 1, stableMilliseconds: Int = 5_000
    ) {
        self.deadlineMilliseconds = deadlineMilliseconds
        self.attemptTimeoutMilliseconds = attemptTimeoutMilliseconds
        self.startPeriodMilliseconds = startPeriodMilliseconds
        self.intervalMilliseconds = intervalMilliseconds
        self.maxIntervalMilliseconds = maxIntervalMilliseconds
        self.backoff = backoff
        self.jitter = jitter
        self.successThreshold = successThreshold
        self.stableMilliseconds = stableMilliseconds
    }

    /// The stability window of a container that has restarted before: its earlier runs may have
    /// lasted about as long as it has been up now.
    public var restartedStableMilliseconds: Int {
        let (tripled, overflow) = stableMilliseconds.multipliedReportingOverflow(by: 3)
        return overflow ? Int.max : tripled
    }
}
