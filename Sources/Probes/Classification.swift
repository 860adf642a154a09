import ShipshapeCore

/// A classified failure: the stable cause, one sentence, and what to do about it.
public struct Classification: Sendable, Hashable {
    public var cause: FailureCause
    public var message: String
    /// The classifier's own next step, else the cause's (`FailureCause.nextStep`).
    public var nextStep: String?

    public init(_ cause: FailureCause, _ message: String, nextStep: String? = nil) {
        self.cause = cause
        self.message = message
        self.nextStep = nextStep ?? cause.nextStep
    }
}
