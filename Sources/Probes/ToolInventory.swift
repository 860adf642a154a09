import DockerEngine

/// Which HTTP-capable programs a container has, found by stat (no exec, works without a shell).
public struct ToolInventory: Sendable, Hashable {
    /// Tool name → path, e.g. "curl" → "/usr/bin/curl".
    public var found: [String: String]

    /// Preference order for the exec fallback.
    public static let tools = ["curl", "wget", "busybox", "python3", "node"]
    package static let directories = ["/usr/bin", "/bin", "/usr/local/bin", "/usr/sbin", "/sbin"]

    public init(found: [String: String]) { self.found = found }

    /// How many stats are in flight at once. Over ssh every request is a new ssh connection, and
    /// sshd's default `MaxStartups 10:30:100` drops some of more than ten concurrent ones.
    package static let concurrentStats = 4

    /// Stats each tool in the usual directories, a few at a time. A path is missing when the daemon
    /// says so (404); a stat that fails otherwise is tried once more before it counts as missing.
    ///
    /// A tool given as an absolute path is stat'ed at that path only.
    /// `searchPath` is the container's own PATH (see `searchPath(of:)`): images such as postgres keep
    /// their tools in `/usr/lib/postgresql/15/bin`, virtualenvs in `/opt/venv/bin`.
    package static func scan(
        client: any DockerEngineAPI, container: String, tools: [String] = ToolInventory.tools,
        searchPath: [String] = ToolInventory.directories
    ) async -> ToolInventory {
        let candidates = tools.flatMap { tool in
            tool.hasPrefix("/") ? [(tool, tool)] : searchPath.map { (tool, "\($0)/\(tool)") }
        }
        @Sendable func exists(_ path: String) async -> Bool {
            for _ in 0..<2 {
                do {
                    guard let stat = try await client.statPath(path, inContainer: container, confirmContainer: false)
                    else { return false }
                    return !stat.isDirectory
                } catch {
                    continue
                }
            }
            return false
        }
        let present = await withTaskGroup(of: String?.self) { group in
            var pending = candidates.map(\.1)[...]
            var paths: Set<String> = []
            for _ in 0..<concurrentStats {
                guard let path = pending.popFirst() else { break }
                group.addTask { await exists(path) ? path : nil }
            }
            for await path in group {
                if let path { paths.insert(path) }
                if let next = pending.popFirst() { group.addTask { await exists(next) ? next : nil } }
            }
            return paths
        }
        var found: [String: String] = [:]
        // The first directory in search order wins, as PATH lookup would.
        for (tool, path) in candidates where found[tool] == nil && present.contains(path) { found[tool] = path }
        return ToolInventory(found: found)
    }

    /// The directories of the container's `PATH` (its image's, as `docker exec` would search them),
    /// else the usual ones. At most 16, absolute only: the environment is the image author's text.
    package static func searchPath(of details: ContainerDetails) -> [String] {
        let value = (details.config.env ?? []).last { $0.hasPrefix("PATH=") }.map { String($0.dropFirst(5)) }
        let listed = (value ?? "").split(separator: ":").map(String.init).filter {
            $0.hasPrefix("/") && !$0.contains("..")
        }
        var unique: [String] = []
        for directory in listed where !unique.contains(directory) { unique.append(directory) }
        return unique.isEmpty ? directories : Array(unique.prefix(16))
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
