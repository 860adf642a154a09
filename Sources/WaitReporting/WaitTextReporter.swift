import Probes
import ShipshapeCore
import Waiting

/// The final text of `shipshape wait`: one line per target, and for failures the whole truth —
/// the real error, the verdict, the container's own health log and its last log lines.
public enum WaitTextReporter: Reporter {
    public static let identifier = "text"

    public static func report(_ report: WaitReport, options: ReporterOptions = ReporterOptions()) -> String {
        let style = TerminalStyle(enabled: options.color)
        var lines: [String] = []
        for outcome in report.targets {
            lines += render(outcome, style: style)
        }
        let healthy = report.targets.filter { $0.status == .healthy }.count
        lines.append(
            "\(healthy) of \(report.targets.count) target\(report.targets.count == 1 ? "" : "s") healthy in "
                + "\(seconds(report.elapsedMilliseconds)).")
        return lines.map(SecretMasker.masking).joined(separator: "\n") + "\n"
    }

    static func render(_ outcome: TargetOutcome, style: TerminalStyle) -> [String] {
        let attempts = "\(outcome.attempts) attempt\(outcome.attempts == 1 ? "" : "s")"
        guard outcome.status == .unhealthy else {
            var line =
                style.green("✓")
                + " \(outcome.name) healthy after \(attempts) in \(seconds(outcome.elapsedMilliseconds))"
            if let route = outcome.probeRoute { line += " (\(route))" }
            return [line] + outcome.notes.map { "  note: " + $0 } + versionLines(outcome)
        }
        let cause = outcome.cause?.rawValue ?? "unhealthy"
        var lines = [
            style.red("✗") + " \(outcome.name) unhealthy after \(attempts) in \(seconds(outcome.elapsedMilliseconds)): "
                + style.bold(cause)
        ]
        if let verdict = outcome.verdict { lines.append("  " + style.bold("verdict: ") + verdict) }
        lines += outcome.notes.map { "  note: " + $0 }
        for result in outcome.results where result.status == .unhealthy {
            lines.append("  \(result.check): \(result.message)")
            // Evidence already quoted in the message (an exec's stderr, say) is not printed twice.
            for evidence in result.evidence where !result.message.contains(evidence.detail) {
                lines += indented("\(evidence.label): ", evidence.detail)
            }
            if let next = result.nextStep { lines.append("  next: \(next)") }
        }
        if let route = outcome.probeRoute { lines.append("  route: \(route)") }
        lines += versionLines(outcome)
        if !outcome.healthLog.isEmpty {
            lines.append("  container health log (last \(outcome.healthLog.count)):")
            lines += outcome.healthLog.map { "    " + $0 }
        }
        if !outcome.logTail.isEmpty {
            lines.append("  container logs (last \(outcome.logTail.count) lines):")
            lines += outcome.logTail.map { "    " + $0 }
        }
        return lines
    }

    /// Signals that were found, each with ✓/✗; the sources that reported nothing on one line.
    static func versionLines(_ outcome: TargetOutcome) -> [String] {
        var lines: [String] = []
        var silent: [String] = []
        for signal in outcome.versionSignals {
            guard let actual = signal.actual, let matches = signal.matches else {
                silent.append(signal.source)
                continue
            }
            lines.append(
                "  version \(matches ? "✓" : "✗") \(signal.source): expected \(signal.expected), found \(actual)")
        }
        // Where a version was not found matters only while none was found that matches.
        if !silent.isEmpty, !outcome.versionSignals.contains(where: { $0.matches == true }) {
            lines.append("  version: not reported by \(silent.joined(separator: ", "))")
        }
        return lines
    }

    /// `label: first line`, then the other lines of a multi-line detail indented below it.
    static func indented(_ label: String, _ detail: String) -> [String] {
        let parts = detail.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first else { return [] }
        return ["  " + label + first] + parts.dropFirst().prefix(20).map { "    " + $0 }
    }

    public static func seconds(_ milliseconds: Int) -> String {
        if milliseconds < 1_000 { return "\(milliseconds)ms" }
        return milliseconds < 10_000
            ? "\(Double(milliseconds / 10) / 100)s"
            : "\(Double(milliseconds / 100) / 10)s"
    }
}
