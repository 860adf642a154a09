/// A webhook `shipshape deploy` and `rollback` call with their outcome (`notify:` in the plan).
public struct Webhook: Sendable, Hashable, Codable {
    /// The body's shape.
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
        /// One JSON document with every field of the outcome.
        case json
        /// `{"text": …}`, what a Slack incoming webhook takes.
        case slack
        /// `{"content": …}`, what a Discord webhook takes.
        case discord
    }

    /// When it is called.
    public enum Event: String, Sendable, Hashable, Codable, CaseIterable {
        /// A deploy that passed its gate and soak.
        case success
        /// A deploy that failed (rolled back, or the rollback failed too).
        case failure
        /// A `shipshape rollback` run, whatever its outcome.
        case rollback
    }

    public static let defaultTimeoutMilliseconds = 5000
    public static let defaultRetries = 2

    public var url: String
    public var format: Format
    public var events: [Event]
    /// Each attempt's deadline (connect, send, answer).
    public var timeoutMilliseconds: Int
    /// Attempts after the first when one fails (no answer, or not 2xx).
    public var retries: Int

    public init(
        url: String, format: Format = .json, events: [Event] = Event.allCases,
        timeoutMilliseconds: Int = Webhook.defaultTimeoutMilliseconds, retries: Int = Webhook.defaultRetries
    ) {
        self.url = url
        self.format = format
        self.events = events
        self.timeoutMilliseconds = timeoutMilliseconds
        self.retries = retries
    }
}
