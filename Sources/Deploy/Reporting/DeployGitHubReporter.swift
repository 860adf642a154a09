import ShipshapeCore

/// `--format github`: the text, then one `::notice`/`::error` annotation; the step summary is a
/// Markdown table the command line appends to `GITHUB_STEP_SUMMARY`.
public enum DeployGitHubReporter: Reporter {
    public static let identifier = "github"
    public static let encoding: PrintedText.Encoding = .workflowCommands

    public static func report(_ report: DeployReport, options: ReporterOptions = ReporterOptions()) -> String {
        DeployTextReporter.report(report, options: options) + annotations(report)
    }

    /// `::error`/`::notice` workflow commands (GitHub escapes: %, CR, LF).
    static func annotations(_ report: DeployReport) -> String {
        let level = report.exitCode == 0 ? "notice" : "error"
        let title = "shipshape \(report.kind) \(report.outcome)"
        let body = report.cause ?? "\(report.project) at revision \(report.revision)"
        return
            "::\(level) title=\(WorkflowCommandText.escapeProperty(title))::\(WorkflowCommandText.escapeData(body))\n"
    }

    /// A Markdown table: service, from → to revision, strategy, gate time, outcome.
    public static func stepSummary(_ report: DeployReport) -> String {
        var lines = [
            "### shipshape \(report.kind) \(report.id): \(report.outcome)", "",
            "| service | from → to revision | strategy | gate | outcome |", "|---|---|---|---|---|",
        ]
        for service in report.services {
            let gate = service.gateMilliseconds.map { "\($0) ms" } ?? "-"
            let name = service.replicas == 1 ? service.service : "\(service.service) (\(service.replicas) replicas)"
            lines.append(
                "| \(name) | \(service.fromRevision ?? "none") → \(report.revision) | \(service.strategy) | \(gate) | \(report.outcome) |"
            )
        }
        if let cause = report.cause { lines += ["", "Cause: \(cause)"] }
        return lines.joined(separator: "\n") + "\n\n"
    }
}
