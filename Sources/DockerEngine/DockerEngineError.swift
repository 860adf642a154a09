import Foundation

/// Everything that can go wrong when talking to the Docker Engine, with actionable messages.
///
/// `code` is a stable, machine-readable identifier for callers (reporters, exit-code mapping);
/// `errorDescription` is the human sentence, which may change wording over time.
public enum DockerEngineError: Error, LocalizedError, Sendable, Equatable {
    /// The socket is missing, the connection was refused or the host could not be resolved.
    case daemonUnreachable(endpoint: String, reason: String)
    /// The socket exists but this user may not open it (EACCES).
    case permissionDenied(endpoint: String)
    /// dockerd answered 404 for a container id or name.
    case containerNotFound(String)
    /// dockerd answered 404 for an image reference.
    case imageNotFound(String)
    /// A call did not finish within its timeout.
    case timeout(operation: String, seconds: Double)
    /// dockerd answered with a non-success status; `message` comes from its JSON body.
    case apiError(status: Int, message: String)
    /// `DOCKER_HOST` (or the host given) cannot be used.
    case invalidDockerHost(String, reason: String)
    /// dockerd answered something this client cannot decode.
    case invalidResponse(String)
    /// The ssh transport could not be set up (ssh missing, bridge socket failure).
    case sshTransportFailed(String)

    /// Stable identifier: `daemon-unreachable`, `permission-denied`, `container-not-found`, …
    public var code: String {
        switch self {
        case .daemonUnreachable: "daemon-unreachable"
        case .permissionDenied: "permission-denied"
        case .containerNotFound: "container-not-found"
        case .imageNotFound: "image-not-found"
        case .timeout: "timeout"
        case .apiError: "api-error"
        case .invalidDockerHost: "invalid-docker-host"
        case .invalidResponse: "invalid-response"
        case .sshTransportFailed: "ssh-transport-failed"
        }
    }

    public var errorDescription: String? {
        switch self {
        case .daemonUnreachable(let endpoint, let reason):
            return "Docker daemon not reachable at \(endpoint): \(reason) — is dockerd running?"
        case .permissionDenied(let endpoint):
            return "Permission denied opening \(endpoint) — add this user to the 'docker' group "
                + "(sudo usermod -aG docker $USER, then log in again) or run as root."
        case .containerNotFound(let id):
            return "No such container: \(id)"
        case .imageNotFound(let reference):
            return "No such image: \(reference) — build or pull it first."
        case .timeout(let operation, let seconds):
            return "Docker Engine call '\(operation)' timed out after \(Self.format(seconds)) s."
        case .apiError(let status, let message):
            return "Docker Engine API error \(status): \(message)"
        case .invalidDockerHost(let value, let reason):
            return "Invalid DOCKER_HOST '\(value)': \(reason). "
                + "Use unix:///path/to/docker.sock, tcp://host:port or ssh://user@host[:port]."
        case .invalidResponse(let detail):
            return "Unexpected answer from the Docker Engine: \(detail)"
        case .sshTransportFailed(let detail):
            return "Docker over ssh failed: \(detail)"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.2f", seconds)
    }
}
