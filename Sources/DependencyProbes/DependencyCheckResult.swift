/// The outcome of checking one dependency.
public struct DependencyCheckResult: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable {
        case pass
        case fail
    }

    public var kind: DependencyKind
    /// The endpoint as configured, password masked.
    public var endpoint: String
    /// The environment variable(s) it came from.
    public var variable: String
    /// Where the check connected (the host override when one was given), `host:port`.
    public var connectedTo: String
    public var status: Status
    /// Why it failed; nil when it passed.
    public var cause: DependencyCause?
    /// What happened, in words a person can act on; never holds a password.
    public var message: String
    /// `redis_version` or PostgreSQL's `server_version`, when the server told.
    public var serverVersion: String?
    /// Time from the first connection attempt to the last answer, in milliseconds.
    public var latencyMs: Double
    /// What a strict URL parser reads from the URL, when it differs from what was meant.
    public var strictReading: StrictURLReading?
}
