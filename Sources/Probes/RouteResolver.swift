import DockerEngine

/// Where a container port can be reached from the host without running anything inside it.
public struct Endpoint: Sendable, Hashable {
    public var host: String
    public var port: Int
    /// "published port 127.0.0.1:49153", "container address 172.17.0.5:8000".
    public var description: String

    /// `host:port`, with IPv6 in brackets.
    public var authority: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

/// Picks the route to a container port: a published port, else the container's own address.
public enum RouteResolver {
    /// nil when neither exists (then the only route left is exec inside the container).
    public static func endpoint(for port: Int, in details: ContainerDetails) -> Endpoint? {
        if let bindings = details.networkSettings?.ports?["\(port)/tcp"] ?? nil {
            for binding in bindings {
                guard let hostPort = Int(binding.hostPort) else { continue }
                // Wildcard and loopback bindings are reachable on loopback; other addresses are someone else's interface.
                if ["", "0.0.0.0", "::", "127.0.0.1"].contains(binding.hostIP) {
                    return Endpoint(host: "127.0.0.1", port: hostPort, description: "published port 127.0.0.1:\(hostPort)")
                }
                if binding.hostIP == "::1" {
                    return Endpoint(host: "::1", port: hostPort, description: "published port [::1]:\(hostPort)")
                }
            }
        }
        let networks = details.networkSettings?.networks ?? [:]
        for name in networks.keys.sorted() {
            if let address = networks[name]?.ipAddress, !address.isEmpty {
                return Endpoint(host: address, port: port, description: "container address \(address):\(port)")
            }
        }
        return nil
    }
}
