import ShipshapeCore

/// Why a dependency check failed: stable codes for reports, JSON and next-step advice.
public enum DependencyCause: String, Sendable, Codable, CaseIterable {
    case connectionRefused = "connection-refused"
    case dnsFailure = "dns-failure"
    case timeout
    /// Redis WRONGPASS / `ERR invalid password`.
    case wrongPassword = "wrong-password"
    /// Redis `NOAUTH`: the server wants a password and none was given.
    case noAuth = "noauth"
    /// A password was sent to a Redis server that has none configured.
    case authNotConfigured = "auth-not-configured"
    /// The URL's credentials hold unencoded reserved characters: a strict client reads
    /// something else than what was meant.
    case passwordNeedsEncoding = "password-needs-encoding"
    /// PostgreSQL 28P01 (or 28000 without SSL trouble): authentication failed.
    case authFailed = "auth-failed"
    /// PostgreSQL 3D000.
    case databaseMissing = "database-missing"
    /// The server refuses a connection without TLS.
    case sslRequired = "ssl-required"
    /// Any other PostgreSQL error; the SQLSTATE is in the message.
    case serverError = "server-error"
    /// The server answered something that is not its protocol.
    case protocolError = "protocol-error"
    /// The connection broke for another reason.
    case connectionFailed = "connection-failed"

    /// The cause in the vocabulary every report shares: a dependency's cause is a detail of one of those.
    public var failureCause: FailureCause {
        switch self {
        case .wrongPassword, .authFailed, .noAuth, .authNotConfigured: .dependencyAuthFailed
        case .passwordNeedsEncoding: .passwordNeedsEncoding
        case .connectionRefused: .connectionRefused
        case .dnsFailure: .dnsFailure
        case .timeout: .timeout
        case .databaseMissing, .sslRequired, .serverError, .protocolError, .connectionFailed: .dependencyError
        }
    }
}
