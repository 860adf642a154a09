/// What the engine reports while it waits, for live output.
public enum WaitProgress: Sendable {
    /// One attempt of a target finished; `lastError` is nil when it passed.
    case attempt(target: String, number: Int, elapsedMilliseconds: Int, lastError: String?)
    /// A target is done, healthy or not.
    case finished(TargetOutcome)
}
