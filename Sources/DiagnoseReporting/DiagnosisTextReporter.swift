import Diagnose
import ShipshapeCore

/// The terminal report: one block per section, one line per check, then the summary with the
/// likely root cause and ranked next steps. Colour only when asked (on a TTY).
public enum DiagnosisTextReporter: Reporter {
    public static let identifier = "text"

    public static func report(_ report: DiagnosisReport, options: ReporterOptions = ReporterOptions()) -> String {
        let style = TerminalStyle(enabled: options.color)
        var lines = [style.bold("shipshape diagnose") + " — \(report.scope) on \(report.host)", ""]
        for section in report.sections {
            lines.append(style.bold("\(section.rawValue). \(section.title)"))
            for check in report.checks(in: section) {
                lines.append("  \(mark(check.status, style)) \(check.subject) › \(check.name): \(check.message)")
                guard check.status == .fail || check.status == .warn else { continue }
                for evidence in check.evidence where !check.message.contains(evidence.detail) {
                    lines.append("      " + style.dim("\(evidence.label): \(evidence.detail)"))
                }
            }
            lines.append("")
        }
        for (section, reason) in report.omitted.sorted(by: { $0.key < $1.key }) {
            lines.append(style.dim("(\(section) not checked: \(reason))"))
        }
        lines += summary(report, style: style)
        return lines.map(SecretMasker.masking).joined(separator: "\n") + "\n"
    }

    static func summary(_ report: DiagnosisReport, style: TerminalStyle) -> [String] {
        let summary = report.summary
        var lines = [
            style.bold("10. Summary"),
            "  \(summary.passed) passed, \(summary.warnings) warnings, \(summary.failures) failed, \(summary.skipped) skipped "
                + "in \(DiagnosisFormat.seconds(report.elapsedMilliseconds))",
        ]
        guard let root = summary.rootCause else {
            lines.append("  " + style.green("Everything checked is healthy."))
            return lines
        }
        let label = root.status == .fail ? "Likely root cause" : "Worth a look"
        lines.append(
            "  " + style.bold("\(label): ") + "\(root.subject) — \(DiagnosisFormat.causeName(root)): \(root.message)")
        lines.append("")
        lines.append(style.bold("Next steps"))
        for (index, step) in summary.nextSteps.enumerated() {
            lines.append("  \(index + 1). \(step.subject): \(step.action)")
            lines.append("     " + style.dim("because: \(step.finding)"))
            for command in step.commands { lines.append("     $ \(command)") }
        }
        return lines
    }

    static func mark(_ status: DiagnosisStatus, _ style: TerminalStyle) -> String {
        switch status {
        case .pass: style.green("✓")
        case .warn: style.yellow("!")
        case .fail: style.red("✗")
        case .skip: style.dim("-")
        }
    }
}
