import Foundation
import Probes
import ShipshapeCore
import Waiting

/// Under GitHub Actions: `::error` annotations for unhealthy targets and a Markdown table for
/// `$GITHUB_STEP_SUMMARY`.
public enum WaitGitHubReporter {
    public static func annotations(_ report: WaitReport) -> String {
        report.targets.filter { $0.status == .unhealthy }.map { outcome in
            let cause = outcome.cause?.rawValue ?? "unhealthy"
            var message = outcome.verdict ?? outcome.results.first { $0.status == .unhealthy }?.message ?? cause
            message = SecretMasker.masking(message)
            return
                "::error title=shipshape wait — \(WorkflowCommandText.escapeProperty(outcome.name)) (\(cause))::\(WorkflowCommandText.escapeData(message))\n"
        }.joined()
    }

    public static func stepSummary(_ report: WaitReport) -> String {
        var lines = [
            "### shipshape wait", "",
            "| target | status | cause | attempts | time | details |",
            "|---|---|---|---|---|---|",
        ]
        for outcome in report.targets {
            let status = outcome.status == .healthy ? "✅ healthy" : "❌ unhealthy"
            let details =
                outcome.verdict ?? outcome.results.first { $0.status == .unhealthy }?.message ?? outcome.probeRoute
                ?? ""
            let cells = [
                outcome.name, status, outcome.cause?.rawValue ?? "", String(outcome.attempts),
                WaitTextReporter.seconds(outcome.elapsedMilliseconds), details,
            ]
            lines.append("| " + cells.map { cell(SecretMasker.masking($0)) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

}
