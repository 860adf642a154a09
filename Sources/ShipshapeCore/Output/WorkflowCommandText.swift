/// GitHub Actions workflow commands in printed text.
///
/// The runner acts on a line whose first non-blank characters are `::` (and on `##[` anywhere in
/// it). Text that came from containers or repositories is neutralised, so a container cannot forge
/// an annotation or `::stop-commands::` Shipshape's own; Shipshape's annotations are masked inside.
public enum WorkflowCommandText {
    /// Escapes a command's message (GitHub's `escapeData`).
    package static func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Escapes a command's property value (GitHub's `escapeProperty`).
    package static func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    /// A zero-width space: invisible in the log, and not white space to the runner's `TrimStart`.
    static let breaker = "\u{200B}"

    /// `text` with every workflow command made inert.
    public static func neutralizing(_ text: String) -> String {
        guard text.contains("::") || text.contains("##[") else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            if line.contains("##[") { line = line.replacingOccurrences(of: "##[", with: "##" + breaker + "[") }
            let blank = line.prefix { $0 == " " || $0 == "\t" || $0 == "\r" }
            let rest = line.dropFirst(blank.count)
            guard rest.hasPrefix("::") else { return line }
            return blank + ":" + breaker + rest.dropFirst()
        }.joined(separator: "\n")
    }

    /// Shipshape's own commands: the message of each `::command props::message` line is masked
    /// between its `%0A`/`%0D` escapes (each a line of the annotation); other lines are masked and
    /// neutralised.
    static func masking(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("::"), let separator = line.dropFirst(2).range(of: "::") else {
                return neutralizing(PrintedText.maskedLines(String(line)))
            }
            let head = line[..<separator.upperBound]
            let message = line[separator.upperBound...]
            let pieces = message.components(separatedBy: "%0A").map { piece in
                piece.components(separatedBy: "%0D").map { SecretMasker.masking($0) }.joined(separator: "%0D")
            }
            return head + pieces.joined(separator: "%0A").replacingOccurrences(of: "##[", with: "##" + breaker + "[")
        }.joined(separator: "\n")
    }
}
