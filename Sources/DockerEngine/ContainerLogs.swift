/// The demultiplexed log lines of one container, in the order dockerd sent them.
public struct ContainerLogs: Sendable, Equatable {
    public var entries: [LogEntry]
    /// True when `LogOptions.outputLimit` cut the log short.
    public var truncated: Bool

    public init(entries: [LogEntry], truncated: Bool) {
        self.entries = entries
        self.truncated = truncated
    }

    /// All stdout lines joined with newlines.
    public var stdout: String { join(.stdout) }
    /// All stderr lines joined with newlines.
    public var stderr: String { join(.stderr) }

    private func join(_ stream: OutputStreamKind) -> String {
        entries.filter { $0.stream == stream }.map(\.text).joined(separator: "\n")
    }
}
