/// The source of time for the wait loop, injected so unit tests can run the loop without sleeping.
public protocol WaitClock: Sendable {
    func now() -> ContinuousClock.Instant
    func sleep(for duration: Duration) async throws
}

/// Real time: `ContinuousClock`, which keeps counting while the machine sleeps.
public struct SystemWaitClock: WaitClock {
    public init() {}

    public func now() -> ContinuousClock.Instant { ContinuousClock.now }

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration, clock: .continuous)
    }
}
