/// An address outside the stack that `diagnose` may contact with a service's credentials, because
/// the plan says so (`external-dependencies:`). Without it, only the stack's own containers are
/// contacted: an address in a container's environment could be anyone's.
public struct ExternalDependency: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A host name or IP address, compared case-insensitively.
    public var host: String
    /// Nil: any port of `host`.
    public var port: Int?

    public init(host: String, port: Int? = nil) {
        self.host = host
        self.port = port
    }

    public func allows(host other: String, port otherPort: Int) -> Bool {
        host.lowercased() == other.lowercased() && (port == nil || port == otherPort)
    }

    public var description: String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return port.map { "\(shown):\($0)" } ?? shown
    }
}
