/// What to run with `exec` and how long to wait for it.
public struct ExecOptions: Sendable, Equatable {
    /// argv; no shell is involved unless the caller puts one here.
    public var cmd: [String]
    public var env: [String]?
    public var user: String?
    public var workingDir: String?
    /// Limit for start + output + exit; on expiry the result has `timedOut == true`.
    public var timeout: Duration
    /// Bytes kept per stream; the rest is counted and flagged as truncated.
    public var outputLimit: Int

    public init(
        _ cmd: [String], env: [String]? = nil, user: String? = nil, workingDir: String? = nil,
        timeout: Duration = .seconds(10), outputLimit: Int = 64 * 1024
    ) {
        self.cmd = cmd
        self.env = env
        self.user = user
        self.workingDir = workingDir
        self.timeout = timeout
        self.outputLimit = outputLimit
    }
}
