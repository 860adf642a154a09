import DockerEngine

/// Which HTTP-capable programs a container has, found by stat (no exec, works without a shell).
public struct ToolInventory: Sendable, Hashable {
    /// Tool name → path, e.g. "curl" → "/usr/bin/curl".
    public var found: [String: String]

    /// Preference order for the exec fallback.
    public static let tools = ["curl", "wget", "busybox", "python3", "node"]
    static let directories = ["/usr/bin", "/bin", "/usr/local/bin", "/usr/sbin", "/sbin"]

    public init(found: [String: String]) { self.found = found }

    /// Stats each tool in the usual directories; unreadable paths count as missing.
    static func scan(client: DockerClient, container: String) async -> ToolInventory {
        var found: [String: String] = [:]
        for tool in tools {
            for directory in directories {
                let path = "\(directory)/\(tool)"
                if let stat = try? await client.statPath(path, inContainer: container), !stat.isDirectory {
                    found[tool] = path
                    break
                }
            }
        }
        return ToolInventory(found: found)
    }

    /// "curl is available at /usr/bin/curl", "curl (/usr/bin/curl) and python3 (…) are available", or none.
    public var availabilityText: String {
        let present = Self.tools.compactMap { tool in found[tool].map { (tool, $0) } }
        switch present.count {
        case 0: return "no HTTP client (curl, wget, busybox, python3, node) is available"
        case 1: return "\(present[0].0) is available at \(present[0].1)"
        default: return present.map { "\($0.0) (\($0.1))" }.joined(separator: ", ") + " are available"
        }
    }
}
