/// The outcome of one `exec`: exit code and captured, capped output.
public struct ExecResult: Sendable, Equatable {
    /// nil when the process had not exited by the timeout (or dockerd did not report one).
    public var exitCode: Int?
    public var stdout: String
    /// The process's stderr, plus dockerd's own start failure text (see `startFailure`).
    public var stderr: String
    public var timedOut: Bool
    public var stdoutTruncated: Bool
    public var stderrTruncated: Bool
    /// dockerd's "OCI runtime exec failed: …" line when the program could not be started
    /// (missing executable, missing shell, permission); nil when the program ran.
    ///
    /// dockerd writes it into the *stdout* frame stream; it is moved to `stderr` here so
    /// callers can classify "probe-tool-missing" versus "no-shell" from one place.
    public var startFailure: String?
    /// Wall time from exec create to exit code.
    public var duration: Duration

    public init(
        exitCode: Int?, stdout: String, stderr: String, timedOut: Bool,
        stdoutTruncated: Bool = false, stderrTruncated: Bool = false,
        startFailure: String? = nil, duration: Duration = .zero
    ) {
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
        self.timedOut = timedOut
        self.stdoutTruncated = stdoutTruncated
        self.stderrTruncated = stderrTruncated
        self.startFailure = startFailure
        self.duration = duration
    }

    /// True when the runtime reported the executable as missing ("executable file not found"
    /// or "no such file or directory").
    public var executableNotFound: Bool {
        guard let startFailure else { return false }
        return startFailure.contains("executable file not found") || startFailure.contains("no such file or directory")
    }
}
