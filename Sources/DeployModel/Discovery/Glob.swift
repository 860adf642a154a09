/// Shell-style path globs for `--ignore`: `*` and `?` stay within one path segment, `**` spans
/// segments, `[abc]` matches a class. A pattern without `/` matches the file name at any depth.
struct Glob: Sendable, Hashable {
    let pattern: String
    private let scalars: [Unicode.Scalar]
    private let anyDepth: Bool

    init(_ pattern: String) {
        var trimmed = pattern
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        if trimmed.hasSuffix("/") { trimmed += "**" }
        self.pattern = trimmed
        scalars = Array(trimmed.unicodeScalars)
        anyDepth = !trimmed.contains("/")
    }

    /// True when the relative `path` matches.
    func matches(_ path: String) -> Bool {
        let target = anyDepth ? (path.split(separator: "/").last.map(String.init) ?? path) : path
        return Self.match(scalars[...], Array(target.unicodeScalars)[...])
    }

    /// True when everything below directory `path` is matched, so the walk can skip it.
    func coversDirectory(_ path: String) -> Bool {
        if matches(path) { return true }
        guard pattern.hasSuffix("/**") else { return false }
        return Glob(String(pattern.dropLast(3))).matches(path)
    }

    private static func match(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        let rest = pattern.dropFirst()
        switch first {
        case "*":
            if rest.first == "*" {
                // `**/` may match zero segments; `**` itself matches anything, `/` included.
                let after = rest.dropFirst()
                if after.first == "/", match(after.dropFirst(), text) { return true }
                var index = text.startIndex
                while true {
                    if match(after, text[index...]) { return true }
                    guard index < text.endIndex else { return false }
                    index += 1
                }
            }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                guard index < text.endIndex, text[index] != "/" else { return false }
                index += 1
            }
        case "?":
            guard let head = text.first, head != "/" else { return false }
            return match(rest, text.dropFirst())
        case "[":
            guard let close = rest.firstIndex(of: "]"), let head = text.first else { return false }
            let members = rest[rest.startIndex..<close]
            return members.contains(head) && match(rest[(close + 1)...], text.dropFirst())
        default:
            guard text.first == first else { return false }
            return match(rest, text.dropFirst())
        }
    }
}
