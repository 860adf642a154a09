import Foundation

/// The `owner/name` GitHub gives `${{ github.repository }}`, read from a checkout's remote (`origin`, else
/// the only remote): `https://github.com/Owner/Name.git`, `git@github.com:Owner/Name.git`,
/// `ssh://git@host/Owner/Name`. Nil without a checkout or a remote of that shape — then the expression
/// stays unknown, as before.
public enum GitRemote {
    /// The repository of the checkout at `root` (its `.git` directory, or the `gitdir:` a worktree's `.git`
    /// file names, with that directory's `commondir`).
    public static func repository(ofCheckoutAt root: String) -> String? {
        let dotGit = (root.isEmpty ? "." : root) + "/.git"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit, isDirectory: &isDirectory) else { return nil }
        var gitDirectory = dotGit
        if !isDirectory.boolValue {
            guard let pointer = small(dotGit), let line = pointer.split(whereSeparator: \.isNewline).first,
                line.hasPrefix("gitdir:")
            else { return nil }
            let target = line.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespaces)
            gitDirectory = target.hasPrefix("/") ? target : (root.isEmpty ? "." : root) + "/" + target
        }
        if let config = small(gitDirectory + "/config") { return repository(inConfig: config) }
        guard let common = small(gitDirectory + "/commondir")?.trimmingCharacters(in: .whitespacesAndNewlines),
            !common.isEmpty
        else { return nil }
        let commonDirectory = common.hasPrefix("/") ? common : gitDirectory + "/" + common
        return small(commonDirectory + "/config").flatMap(repository(inConfig:))
    }

    /// The `owner/name` of `origin`'s URL in a git config, else of its only remote.
    public static func repository(inConfig text: String) -> String? {
        var urls: [(remote: String, url: String)] = []
        var remote: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                remote = nil
                if line.hasPrefix("[remote \""), let end = line.dropFirst(9).firstIndex(of: "\"") {
                    remote = String(line.dropFirst(9)[..<end])
                }
                continue
            }
            guard let remote, let equals = line.firstIndex(of: "="),
                line[..<equals].trimmingCharacters(in: .whitespaces) == "url"
            else { continue }
            urls.append((remote, line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)))
        }
        let chosen = urls.first { $0.remote == "origin" } ?? (urls.count == 1 ? urls.first : nil)
        return chosen.flatMap { ownerAndName(url: $0.url) }
    }

    /// `Owner/Name` of a remote URL whose path is exactly two components (`.git` dropped).
    public static func ownerAndName(url: String) -> String? {
        var path: Substring
        if let scheme = url.range(of: "://") {
            let rest = url[scheme.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            path = rest[rest.index(after: slash)...]
        } else if let colon = url.firstIndex(of: ":"), url[..<colon].contains("@") || !url[..<colon].contains("/") {
            path = url[url.index(after: colon)...]
        } else {
            return nil
        }
        if path.hasSuffix(".git") { path = path.dropLast(4) }
        while path.hasSuffix("/") { path = path.dropLast() }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else { return nil }
        return parts.joined(separator: "/")
    }

    /// A small text file's content (a git config is a few kilobytes), else nil.
    static func small(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 262_144) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
