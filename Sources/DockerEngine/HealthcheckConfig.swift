/// A HEALTHCHECK as stored in image and container configs (durations in nanoseconds).
public struct HealthcheckConfig: Sendable, Codable, Equatable {
    /// `["NONE"]`, `["CMD", …]` or `["CMD-SHELL", "…"]`; empty/nil means inherit.
    public var test: [String]?
    public var interval: Int64?
    public var timeout: Int64?
    public var startPeriod: Int64?
    public var retries: Int?

    public init(
        test: [String]?, interval: Int64? = nil, timeout: Int64? = nil, startPeriod: Int64? = nil, retries: Int? = nil
    ) {
        self.test = test
        self.interval = interval
        self.timeout = timeout
        self.startPeriod = startPeriod
        self.retries = retries
    }

    enum CodingKeys: String, CodingKey {
        case test = "Test"
        case interval = "Interval"
        case timeout = "Timeout"
        case startPeriod = "StartPeriod"
        case retries = "Retries"
    }
}
