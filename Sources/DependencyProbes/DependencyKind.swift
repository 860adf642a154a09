/// What kind of server a dependency is, and so how it is checked.
public enum DependencyKind: String, Sendable, Codable, CaseIterable {
    case redis
    case postgres
    /// Anything else reachable over TCP: only a connection is attempted.
    case tcp

    /// The port used when none is given.
    public var defaultPort: Int? {
        switch self {
        case .redis: 6379
        case .postgres: 5432
        case .tcp: nil
        }
    }

    /// The kind a URL scheme names (`redis`, `rediss`, `postgres`, `postgresql`, `tcp`, …).
    public init?(scheme: String) {
        switch scheme.lowercased() {
        case "redis", "rediss", "redis+sentinel", "unix+redis": self = .redis
        case "postgres", "postgresql", "postgresql+psycopg", "postgresql+psycopg2", "postgresql+asyncpg", "pgsql":
            self = .postgres
        case "tcp": self = .tcp
        default: return nil
        }
    }
}
