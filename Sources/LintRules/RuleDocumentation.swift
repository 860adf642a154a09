import ShipshapeCore

/// Documentation generated from rule descriptions: the list and one Markdown page per rule.
public enum RuleDocumentation {
    /// One line per rule: identifier, severity, summary.
    public static func list(_ rules: [RuleDescription]) -> String {
        let width = rules.map(\.identifier.count).max() ?? 0
        return rules.map { rule in
            let id = rule.identifier.padding(to: width)
            let severity = rule.severity.rawValue.padding(to: 7)
            let optIn = rule.isOptIn ? " (opt-in)" : ""
            return "\(id)  \(severity)  \(rule.summary)\(optIn)"
        }.joined(separator: "\n")
    }

    /// A Markdown page: what the rule finds, why, and its examples (markers show where findings land).
    public static func page(_ rule: RuleDescription) -> String {
        var lines = [
            "# \(rule.identifier)", "",
            "**\(rule.name)** — default severity: \(rule.severity.rawValue)\(rule.isOptIn ? ", opt-in" : "")", "",
            rule.summary, "", rule.rationale, "",
        ]
        if !rule.triggering.isEmpty {
            lines += ["## Reported", "", "Each marker (1️⃣) shows where a finding is reported.", ""]
            for example in rule.triggering { lines += render(example) }
        }
        if !rule.nonTriggering.isEmpty {
            lines += ["## Not reported", ""]
            for example in rule.nonTriggering { lines += render(example) }
        }
        lines += [
            "## Suppressing", "",
            "Add `# shipshape: ignore=\(rule.identifier)` on the line or the line before, or list the rule under "
                + "`disabled_rules:` in `.shipshape.yml`.",
        ]
        return lines.joined(separator: "\n")
    }

    static func render(_ example: Example) -> [String] {
        var lines: [String] = []
        for path in example.files.keys.sorted() {
            lines += ["`\(path)`:", "", "```", example.files[path]?.trimmingTrailingNewlines ?? "", "```", ""]
        }
        for marker in example.expect.keys.sorted() {
            if let message = example.expect[marker] { lines.append("- \(marker) “…\(message)…”") }
        }
        if !example.expect.isEmpty { lines.append("") }
        return lines
    }
}

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }

    var trimmingTrailingNewlines: String {
        var copy = self
        while copy.hasSuffix("\n") { copy.removeLast() }
        return copy
    }
}
