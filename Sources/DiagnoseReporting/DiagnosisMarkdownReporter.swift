import Diagnose
import ShipshapeCore

/// The report as GitHub-flavoured Markdown: summary first (for issues and PR comments), then one
/// table per section.
public enum DiagnosisMarkdownReporter: Reporter {
    public static let identifier = "markdown"

    public static func report(_ report: DiagnosisReport, options: ReporterOptions = ReporterOptions()) -> String {
        let summary = report.summary
        var lines = [
            "# shipshape diagnose: \(report.passed ? "healthy" : "problems found")", "",
            "\(report.scope) on `\(report.host)` — \(summary.passed) passed, \(summary.warnings) warnings, "
                + "\(summary.failures) failed, \(summary.skipped) skipped in \(DiagnosisFormat.seconds(report.elapsedMilliseconds)).",
            "",
        ]
        if let root = summary.rootCause {
            lines += [
                "**\(root.status == .fail ? "Likely root cause" : "Worth a look"):** \(cell(root.subject)) — "
                    + "`\(DiagnosisFormat.causeName(root))`: \(cell(root.message))", "", "## Next steps", "",
            ]
            for (index, step) in summary.nextSteps.enumerated() {
                lines.append("\(index + 1). **\(cell(step.subject))**: \(cell(step.action)) _(\(cell(step.finding)))_")
                if !step.commands.isEmpty {
                    lines += ["   ```sh"] + step.commands.map { "   \($0)" } + ["   ```"]
                }
            }
            lines.append("")
        }
        for section in report.sections {
            lines += [
                "## \(section.rawValue). \(section.title)", "", "| | subject | check | result |", "|---|---|---|---|",
            ]
            for check in report.checks(in: section) {
                lines.append(
                    "| \(DiagnosisFormat.label(check.status)) | \(cell(check.subject)) | \(cell(check.name)) | \(cell(check.message)) |"
                )
            }
            lines.append("")
        }
        for (section, reason) in report.omitted.sorted(by: { $0.key < $1.key }) {
            lines.append("_\(section) not checked: \(cell(reason))_")
        }
        return lines.map(SecretMasker.masking).joined(separator: "\n") + "\n"
    }

    /// Text safe inside a table cell: pipes escaped, newlines flattened.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
