/// Removes what runs a command without being it: `VAR=x`, `sudo`, `env`, `xargs`, `command`, `exec`, `nohup`.
enum CommandPrefix {
    static func strip(_ argv: [String]) -> [String] { stripReportingXargs(argv).words }

    /// Also says whether `xargs` ran the command: its real arguments then come from stdin and are unknown.
    static func stripReportingXargs(_ argv: [String]) -> (words: [String], viaXargs: Bool) {
        var viaXargs = false
        var words = ArraySlice(argv)
        var changed = true
        while changed, let first = words.first {
            changed = true
            if isAssignment(first) {
                words = words.dropFirst()
            } else if ["sudo", "env", "xargs", "nohup", "command", "exec", "time", "nice", "doas"].contains(
                Paths.basename(first))
            {
                if Paths.basename(first) == "xargs" { viaXargs = true }
                words = words.dropFirst()
                while let option = words.first, option.hasPrefix("-") || isAssignment(option) {
                    words = words.dropFirst()
                }
            } else {
                changed = false
            }
        }
        return (Array(words), viaXargs)
    }

    static func isAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return false }
        return word[..<equals].allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }
}

/// Path helpers for program names.
public enum Paths {
    /// The last path component (`/usr/bin/wget` → `wget`, `bin/` → `bin`); the word itself when it has none.
    public static func basename(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/") { return String(trimmed[trimmed.index(after: slash)...]) }
        return String(trimmed)
    }
}
