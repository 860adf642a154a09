/// How a gate (or the soak) ended.
public struct GateResult: Sendable, Equatable, Codable {
    public var healthy: Bool
    public var elapsedMilliseconds: Int
    /// The classified cause and its evidence, one line (nil when healthy).
    public var cause: String?
    /// The last log lines of the container that failed.
    public var logTail: [String]
    /// What to check next for that cause (the failing check's own advice, else the cause's).
    public var nextStep: String?

    public init(
        healthy: Bool, elapsedMilliseconds: Int, cause: String? = nil, logTail: [String] = [], nextStep: String? = nil
    ) {
        self.healthy = healthy
        self.elapsedMilliseconds = elapsedMilliseconds
        self.cause = cause
        self.logTail = logTail
        self.nextStep = nextStep
    }
}
