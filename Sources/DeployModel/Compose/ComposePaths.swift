/// Repository-relative path arithmetic for compose `build:` contexts and `env_file:` entries.
enum ComposePaths {
    /// The directory part of a relative path (`""` when there is none).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `relative` resolved against `base`, normalised (`.` and `..` removed); `.` for the root.
    /// Absolute paths and URLs (git contexts) are returned as written.
    static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || relative.contains("://") || relative.hasPrefix("git@") { return relative }
        let combined = base.isEmpty ? relative : base + "/" + relative
        var parts: [String] = []
        var leadingUps = 0
        for part in combined.split(separator: "/") {
            switch part {
            case ".", "":
                continue
            case "..":
                if parts.isEmpty { leadingUps += 1 } else { parts.removeLast() }
            default:
                parts.append(String(part))
            }
        }
        let all = Array(repeating: "..", count: leadingUps) + parts
        // A base given as an absolute path (`shipshape lint /srv/app`) stays absolute.
        if combined.hasPrefix("/") { return "/" + parts.joined(separator: "/") }
        return all.isEmpty ? "." : all.joined(separator: "/")
    }
}
