import ShipshapeCore

/// Finds alias keys before Yams sees them (compose files, workflows and plan files alike).
public enum YAMLAliasKeys {
    /// Where an alias is used as a mapping key (`*a: x`, `? *a`), if anywhere.
    ///
    /// Yams hashes keys to find duplicates; an alias key that expands to a huge structure would
    /// hang there, before any node budget can apply. Real compose files and workflows never do this.
    public static func firstPosition(in lines: SourceLines) -> SourcePosition? {
        let patterns = [
            #"^\s*(-\s+)*\?\s+\*"#, #"^\s*(-\s+)*\*[^\s,\[\]{}]+\s*:(\s|$)"#, #"[{,]\s*\*[^\s,\[\]{}]+\s*:"#,
        ]
        for number in 1..<(lines.lineCount + 1) where lines.line(number).contains("*") {
            let text = lines.line(number).text
            if let match = patterns.lazy.compactMap({ text.range(of: $0, options: .regularExpression) }).first {
                let column =
                    text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: match.lowerBound) + 1
                return SourcePosition(line: number, column: column)
            }
        }
        return nil
    }
}
