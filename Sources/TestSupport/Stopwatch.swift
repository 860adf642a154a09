/// Elapsed time on a monotonic clock, for tests that bound how long something took.
///
/// Never `Date()`: the wall clock can step. Stop 19's CI read 20 s for a wait bounded at 7 s inside a
/// test case that took at most 16 s by the test runner's own clock. `SuspendingClock` is the clock
/// Swift Testing times tests with, so a bound here never disagrees with the runner's durations.
public struct Stopwatch: Sendable {
    private let began = SuspendingClock.now

    public init() {}

    /// Seconds since the stopwatch was made.
    public var seconds: Double {
        let elapsed = SuspendingClock.now - began
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// Whether `limit` seconds have passed since the stopwatch was made.
    public func hasPassed(_ limit: Double) -> Bool { seconds > limit }
}
