/// GitHub Actions workflow commands: `::error file=F,line=L,col=C,...::message`, which GitHub shows
/// as annotations on the pull request's diff.
public enum GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let encoding: PrintedText.Encoding = .workflowCommands

    public static func report(_ report: Report, options: ReporterOptions) -> String {
        report.findings.map(annotation).joined() + TextReporter.summary(report, style: .init(enabled: false)) + "\n"
    }

    static func annotation(_ finding: Finding) -> String {
        let finding = finding.masked
        let command =
            switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        let location = finding.location
        var properties = [
            "file=\(WorkflowCommandText.escapeProperty(location.file))", "line=\(location.line)",
            "col=\(location.column)",
        ]
        if location.end.line != location.line { properties.append("endLine=\(location.end.line)") }
        if location.end.column > location.column || location.end.line != location.line {
            properties.append("endColumn=\(location.end.column)")
        }
        properties.append("title=\(WorkflowCommandText.escapeProperty(finding.ruleID))")
        var message = finding.message
        for related in finding.related { message += "\n\(related.location): \(related.message)" }
        if let fix = finding.fix { message += "\nfix: \(fix)" }
        return "::\(command) \(properties.joined(separator: ","))::\(WorkflowCommandText.escapeData(message))\n"
    }
}

extension String {
    /// Replaces characters one pass at a time, so replacements are never replaced again.
    func replacingAll(_ table: [Character: String]) -> String {
        var output = ""
        for character in self {
            if let replacement = table[character] { output += replacement } else { output.append(character) }
        }
        return output
    }
}
