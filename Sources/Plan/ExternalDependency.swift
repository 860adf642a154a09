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

    /// `db.internal:5432`, `redis.example.test`, `[fd00::5]:6379`; nil when it is none of these.
    public init?(parsing text: String) {
        var rest = Substring(text)
        var host: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            host = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
        } else if rest.filter({ $0 == ":" }).count > 1 {
            host = rest  // a bare IPv6 address, any port
            rest = ""
        } else {
            let colon = rest.firstIndex(of: ":") ?? rest.endIndex
            host = rest[..<colon]
            rest = rest[colon...]
        }
        var port: Int?
        if !rest.isEmpty {
            guard rest.first == ":", let number = Int(rest.dropFirst()), (1...65535).contains(number) else {
                return nil
            }
            port = number
        }
        let allowed = host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-.:_".contains($0)) }
        guard !host.isEmpty, allowed else { return nil }
        self.init(host: String(host), port: port)
    }

    public func allows(host other: String, port otherPort: Int) -> Bool {
        host.lowercased() == other.lowercased() && (port == nil || port == otherPort)
    }

    public var description: String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return port.map { "\(shown):\($0)" } ?? shown
    }
}
