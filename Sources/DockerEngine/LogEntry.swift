/// One log line with the stream it was written to.
public struct LogEntry: Sendable, Equatable {
    public var stream: OutputStreamKind
    /// The line without its newline (and without the timestamp prefix).
    public var text: String
    /// dockerd's RFC 3339 timestamp when `LogOptions.timestamps` was set.
    public var timestamp: String?

    public init(stream: OutputStreamKind, text: String, timestamp: String? = nil) {
        self.stream = stream
        self.text = text
        self.timestamp = timestamp
    }
}
