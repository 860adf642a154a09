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

/// Picks the route to a container port: a published port, else the host network (for
/// `network_mode: host` on a local daemon), else the container's own address. When none exists,
/// `namespacePID` offers the container's network namespace, and exec inside is the last resort.
public enum RouteResolver {
    /// nil when neither exists (then the only route left is exec inside the container).
    /// - Parameter daemonIsLocal: the daemon runs on this host (unix socket), so its host network is ours.
    public static func endpoint(for port: Int, in details: ContainerDetails, daemonIsLocal: Bool = false) -> Endpoint? {
        if let bindings = details.networkSettings?.ports?["\(port)/tcp"] ?? nil {
            for binding in bindings {
                guard let hostPort = Int(binding.hostPort) else { continue }
                // Wildcard and loopback bindings are reachable on loopback; other addresses are someone else's interface.
                if ["", "0.0.0.0", "::", "127.0.0.1"].contains(binding.hostIP) {
                    return Endpoint(
                        host: "127.0.0.1", port: hostPort, description: "published port 127.0.0.1:\(hostPort)")
                }
                if binding.hostIP == "::1" {
                    return Endpoint(host: "::1", port: hostPort, description: "published port [::1]:\(hostPort)")
                }
            }
        }
        if daemonIsLocal, details.hostConfig?.networkMode == "host" {
            return Endpoint(host: "127.0.0.1", port: port, description: "host network 127.0.0.1:\(port)")
        }
        let networks = details.networkSettings?.networks ?? [:]
        for name in networks.keys.sorted() {
            if let address = networks[name]?.ipAddress, !address.isEmpty {
                return Endpoint(host: address, port: port, description: "container address \(address):\(port)")
            }
        }
        return nil
    }

    /// The PID whose network namespace reaches the container's ports: the daemon is on this host,
    /// the container runs, and this process may enter the namespace. nil otherwise.
    public static func namespacePID(of details: ContainerDetails, daemonIsLocal: Bool) -> Int? {
        #if canImport(Glibc)
            guard daemonIsLocal, let pid = details.state.pid, pid > 0, NetworkNamespace.isAvailable(pid: pid) else {
                return nil
            }
            return pid
        #else
            return nil
        #endif
    }
}
