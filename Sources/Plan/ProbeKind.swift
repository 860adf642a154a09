/// The kinds of probe, declared once: the plan key, the command-line flag and the reader and writer
/// derive from this list, so a new kind is a compile error wherever it is not handled yet.
public enum ProbeKind: String, Sendable, CaseIterable, Codable {
    case http
    case tcp
    case exec
    case dockerHealth = "docker-health"

    /// The key in a plan file's target (`docker-health:`).
    public var planKey: String { rawValue }

    /// The flag of `wait` and `init` (`--docker-health`).
    public var flag: String { "--\(rawValue)" }

    /// How it is written, for messages.
    public var example: String {
        switch self {
        case .http: "`--http :8000/api/v1/health`, `--http /health` or `--http https://example.com/health`"
        case .tcp: "`--tcp 5432`"
        case .exec: "`--exec 'wget -q -O- http://localhost:8000/health'`"
        case .dockerHealth: "`--docker-health`"
        }
    }
}

extension ProbeSpec {
    public var kind: ProbeKind {
        switch self {
        case .http: .http
        case .tcp: .tcp
        case .exec: .exec
        case .dockerHealth: .dockerHealth
        }
    }
}
