import ShipshapeCore

/// Why a deploy could not start. Each maps to one exit code (`exit`).
public enum DeployError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Bad flags or arguments (exit 2).
    case usage(String)
    /// `docker compose` is missing or too old (exit 2).
    case composeMissing(String)
    /// `docker compose config` refused the files (exit 2).
    case composeConfigInvalid(String)
    /// A preflight check failed; nothing was changed (exit 2).
    case preflight(String)
    /// Another deploy holds the project's lock (exit 5).
    case lockHeld(LockHolder)
    /// The Docker Engine does not answer (exit 3).
    case dockerUnreachable(String)
    /// The state store cannot be used (exit 2).
    case store(String)

    public var exit: ShipshapeExit {
        switch self {
        case .usage, .composeMissing, .composeConfigInvalid, .preflight, .store: .usage
        case .lockHeld: .lockHeld
        case .dockerUnreachable: .dockerUnreachable
        }
    }

    public var description: String {
        switch self {
        case .usage(let text): text
        case .composeMissing(let text): "Docker Compose v2 is not available: \(text)"
        case .composeConfigInvalid(let text): "the compose configuration is invalid: \(text)"
        case .preflight(let text): "preflight failed, nothing was changed: \(text)"
        case .lockHeld(let holder): "another deploy holds the lock: \(holder.summary)"
        case .dockerUnreachable(let text): text
        case .store(let text): text
        }
    }
}
