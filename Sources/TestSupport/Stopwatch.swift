/// Elapsed time on the monotonic clock, for tests that bound how long something took.
///
/// Never `Date()`: the wall clock can step (a CI machine's clock sync once made a 7 s bound read 20 s
/// while the test itself ran 16 s in all).
public struct Stopwatch: Sendable {
    private let began = ContinuousClock.now

    public init() {}

    /// Seconds since the stopwatch was made.
    public var seconds: Double {
        let elapsed = ContinuousClock.now - began
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// Whether `limit` seconds have passed since the stopwatch was made.
    public func hasPassed(_ limit: Double) -> Bool { seconds > limit }
}
