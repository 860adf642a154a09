/// The directories a container looks programs up in.
enum SearchPath {
    /// Docker's default `PATH` when an image sets none.
    static let defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

    /// The `PATH` of an image's environment (`["PATH=/usr/bin:/bin", ...]`), split into absolute directories.
    static func directories(environment: [String]?) -> [String] {
        let value = environment?.last { $0.hasPrefix("PATH=") }.map { String($0.dropFirst(5)) } ?? defaultPath
        var seen: Set<String> = []
        return value.split(separator: ":").map(String.init).filter { $0.hasPrefix("/") && seen.insert($0).inserted }
    }

    /// `/bin` → `usr/bin` (a relative link target) resolves to `/usr/bin`.
    static func resolve(link target: String, of directory: String) -> String {
        if target.hasPrefix("/") { return normalize(target) }
        let parent = directory.split(separator: "/").dropLast().joined(separator: "/")
        return normalize("/" + parent + "/" + target)
    }

    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." && !part.isEmpty {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }
}
