import Foundation

/// Where the Docker Engine listens, parsed from `DOCKER_HOST` the way the docker CLI reads it.
public enum DockerHost: Sendable, Equatable, CustomStringConvertible {
    /// A unix domain socket (the default `/var/run/docker.sock`).
    case unix(path: String)
    /// Plain HTTP over TCP (no TLS: `DOCKER_TLS_VERIFY` is not supported).
    case tcp(host: String, port: Int)
    /// The remote daemon reached through the system `ssh` running `docker system dial-stdio`.
    case ssh(user: String?, host: String, port: Int?)

    /// The socket dockerd uses when `DOCKER_HOST` is unset.
    public static let defaultSocketPath = "/var/run/docker.sock"

    /// The default host: the local unix socket.
    public static let local = DockerHost.unix(path: defaultSocketPath)

    /// Reads `DOCKER_HOST` from `environment`; unset or empty means the local socket.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(DockerEngineError) -> DockerHost {
        guard let value = environment["DOCKER_HOST"]?.trimmingCharacters(in: .whitespaces),
            !value.isEmpty
        else { return .local }
        return try parse(value)
    }

    /// Parses `unix:///path`, `tcp://host:port` or `ssh://[user@]host[:port]`.
    public static func parse(_ value: String) throws(DockerEngineError) -> DockerHost {
        func invalid(_ reason: String) -> DockerEngineError { .invalidDockerHost(value, reason: reason) }
        guard let schemeEnd = value.range(of: "://") else { throw invalid("missing scheme") }
        let scheme = value[..<schemeEnd.lowerBound].lowercased()
        let rest = String(value[schemeEnd.upperBound...])
        switch scheme {
        case "unix":
            let path = rest.isEmpty ? defaultSocketPath : rest
            guard path.hasPrefix("/") else { throw invalid("the socket path must be absolute") }
            return .unix(path: path)
        case "tcp", "http":
            let authority = rest.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
            let (host, port) = try splitHostPort(authority, defaultPort: 2375, onError: invalid)
            return .tcp(host: host, port: port ?? 2375)
        case "ssh":
            let authority = rest.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
            var user: String?
            var hostPart = authority
            if let at = authority.lastIndex(of: "@") {
                user = String(authority[..<at])
                hostPart = String(authority[authority.index(after: at)...])
                if user?.isEmpty == true { throw invalid("empty user name") }
            }
            let (host, port) = try splitHostPort(hostPart, defaultPort: nil, onError: invalid)
            return .ssh(user: user, host: host, port: port)
        default:
            throw invalid("unsupported scheme '\(scheme)'")
        }
    }

    /// Splits `host[:port]` and `[v6]:port`; a port must be 1...65535.
    private static func splitHostPort(
        _ authority: String, defaultPort: Int?, onError: (String) -> DockerEngineError
    ) throws(DockerEngineError) -> (String, Int?) {
        var host = authority
        var portText: String?
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { portText = String(after.dropFirst()) }
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            portText = String(authority[authority.index(after: colon)...])
        }
        guard !host.isEmpty else { throw onError("missing host name") }
        guard let portText else { return (host, defaultPort) }
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw onError("invalid port '\(portText)'")
        }
        return (host, port)
    }

    /// The canonical `DOCKER_HOST` spelling, used in error messages.
    public var description: String {
        switch self {
        case .unix(let path): "unix://\(path)"
        case .tcp(let host, let port): "tcp://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        case .ssh(let user, let host, let port):
            "ssh://\(user.map { "\($0)@" } ?? "")\(host)\(port.map { ":\($0)" } ?? "")"
        }
    }
}
