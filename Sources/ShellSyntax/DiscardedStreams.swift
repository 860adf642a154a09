/// Which of a command's standard output streams end up at `/dev/null`.
public struct DiscardedStreams: Sendable, Hashable {
    public var stdout: Bool
    public var stderr: Bool

    public init(stdout: Bool, stderr: Bool) {
        self.stdout = stdout
        self.stderr = stderr
    }

    /// True when both stdout and stderr are discarded.
    public var both: Bool { stdout && stderr }
}
