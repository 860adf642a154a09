/// Inline suppression: `# shipshape: ignore=rule-a,rule-b` (or `ignore` alone for every rule)
/// on the finding's line or the line before, in YAML, Dockerfiles and scripts — and after `//` in
/// JavaScript/TypeScript and Go sources.
public enum IgnorePragma {
    static let marker = "shipshape:"

    /// The rule identifiers a line's pragma names; `["*"]` for a bare `ignore`; empty without a pragma.
    public static func rules(in line: Substring) -> Set<String> {
        let hash = line.firstIndex(of: "#")
        let slashes = line.range(of: "//")?.lowerBound
        guard let start = [hash, slashes].compactMap({ $0 }).min() else { return [] }
        let comment = line[line.index(after: start)...]
        guard let markerRange = comment.range(of: marker) else { return [] }
        let directive = comment[markerRange.upperBound...].drop { $0 == " " || $0 == "\t" }
        guard directive.hasPrefix("ignore") else { return [] }
        let rest = directive.dropFirst("ignore".count)
        guard rest.first == "=" else { return rest.first.map(\.isWhitespace) ?? true ? ["*"] : [] }
        let list = rest.dropFirst().prefix { !$0.isWhitespace }
        return Set(list.split(separator: ",").map { String($0) })
    }

    /// Whether a finding is suppressed by a pragma on its line or the line before.
    public static func suppresses(_ finding: Finding, lines: [Substring]) -> Bool {
        let line = finding.location.line
        for index in [line - 1, line - 2] where index >= 0 && index < lines.count {
            let rules = rules(in: lines[index])
            if rules.contains("*") || rules.contains(finding.ruleID) { return true }
        }
        return false
    }
}
