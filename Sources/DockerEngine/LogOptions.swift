/// Which part of a container's log to fetch.
public struct LogOptions: Sendable, Equatable {
    /// Only the last `tail` lines; nil means everything.
    public var tail: Int?
    /// Only entries after this Unix time (seconds, fractions allowed).
    public var since: Double?
    /// Ask dockerd to prefix each line with its RFC 3339 timestamp (parsed into `LogEntry.timestamp`).
    public var timestamps: Bool
    public var stdout: Bool
    public var stderr: Bool
    /// Most bytes kept over both streams.
    public var outputLimit: Int
    public var timeout: Duration

    public init(
        tail: Int? = 100, since: Double? = nil, timestamps: Bool = false, stdout: Bool = true,
        stderr: Bool = true, outputLimit: Int = 1 << 20, timeout: Duration = .seconds(10)
    ) {
        self.tail = tail
        self.since = since
        self.timestamps = timestamps
        self.stdout = stdout
        self.stderr = stderr
        self.outputLimit = outputLimit
        self.timeout = timeout
    }
}
