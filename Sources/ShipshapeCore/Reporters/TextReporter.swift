/// Human-readable output: `file:line:col: severity: message [rule-id]`, the source line with a
/// `^~~~` underline, related locations and the fix (actionlint's layout).
public enum TextReporter: Reporter {
    public static let identifier = "text"

    public static func report(_ report: Report, options: ReporterOptions) -> String {
        let style = Style(enabled: options.color)
        var output = ""
        for finding in report.findings {
            output += render(finding, in: report, style: style)
            output += "\n"
        }
        output += summary(report, style: style) + "\n"
        return output
    }

    static func render(_ finding: Finding, in report: Report, style: Style) -> String {
        let location = finding.location
        let severity = style.paint(finding.severity.rawValue, finding.severity)
        var lines = [
            style.bold("\(location):") + " \(severity): "
                + SecretMasker.masking(finding.message) + style.dim(" [\(finding.ruleID)]")
        ]
        if let source = report.sourceLine(location.file, location.line) {
            lines += quote(source, location: location, style: style)
        }
        for related in finding.related {
            lines.append("  \(related.location): note: \(SecretMasker.masking(related.message))")
        }
        if let fix = finding.fix {
            lines.append("  " + style.bold("fix:") + " " + SecretMasker.masking(fix))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The source line, and a caret underline under the finding's span on that line.
    static func quote(_ source: String, location: SourceLocation, style: Style) -> [String] {
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let masked = SecretMasker.masking(source.replacingTabs())
        let width = max(1, location.end.line == location.line ? location.end.column - location.column : 1)
        let underline =
            String(repeating: " ", count: max(0, location.column - 1)) + "^"
            + String(repeating: "~", count: max(0, width - 1))
        return [
            " \(gutter) |",
            " \(number) | \(masked)",
            " \(gutter) | " + style.paint(underline, .error),
        ]
    }

    static func summary(_ report: Report, style: Style) -> String {
        let errors = report.count(.error)
        let warnings = report.count(.warning)
        let notes = report.count(.note)
        let files = report.filesScanned == 1 ? "1 file" : "\(report.filesScanned) files"
        if report.findings.isEmpty { return "No problems found in \(files)." }
        return "\(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(notes, "note")) in \(files)."
    }

    static func plural(_ count: Int, _ noun: String) -> String { count == 1 ? "1 \(noun)" : "\(count) \(noun)s" }

    /// ANSI styling, a no-op when colour is off.
    struct Style {
        let enabled: Bool

        func paint(_ text: String, _ severity: Severity) -> String {
            let code =
                switch severity {
                case .error: "31"
                case .warning: "33"
                case .note: "36"
                }
            return wrap(text, code)
        }

        func bold(_ text: String) -> String { wrap(text, "1") }
        func dim(_ text: String) -> String { wrap(text, "2") }

        private func wrap(_ text: String, _ code: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
    }
}

extension String {
    /// Tabs as single spaces, so a caret lines up with the column (columns count one per tab).
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
