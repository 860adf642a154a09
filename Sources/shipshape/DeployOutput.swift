import Deploy
import Foundation
import ShipshapeCore

/// Prints deploy progress (stdout for text, stderr when stdout carries JSON) and the final report.
enum DeployOutput {
    static func line(_ text: String, format: DeployFormat) {
        let printed = PrintedText("shipshape: " + text + "\n")
        try? OutputSink.current.write(printed, to: format == .json ? .standardError : .standardOutput)
    }

    static func report(_ unmasked: DeployReport, format: DeployFormat) {
        var report = unmasked
        report.logTail = report.logTail.map(SecretMasker.masking)
        report.cause = report.cause.map(SecretMasker.masking)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
            try? OutputSink.current.write(
                PrintedText(String(decoding: data, as: UTF8.self) + "\n", encoding: .json), to: .standardOutput)
        case .text:
            try? OutputSink.current.write(PrintedText(text(report)), to: .standardOutput)
        case .github:
            try? OutputSink.current.write(PrintedText(text(report)), to: .standardOutput)
            try? OutputSink.current.write(
                PrintedText(githubAnnotations(report), encoding: .workflowCommands), to: .standardOutput)
            if let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
                OutputSink.current.append(PrintedText(githubSummary(report)), toFileAt: path)
            }
        }
    }

    /// `::error`/`::notice` workflow commands (GitHub escapes: %, CR, LF).
    static func githubAnnotations(_ report: DeployReport) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        let level = report.exitCode == 0 ? "notice" : "error"
        let title = "shipshape \(report.kind) \(report.outcome)"
        let body = report.cause ?? "\(report.project) at revision \(report.revision)"
        return "::\(level) title=\(escape(title))::\(escape(body))\n"
    }

    /// A Markdown table: service, from → to revision, strategy, gate time, outcome.
    static func githubSummary(_ report: DeployReport) -> String {
        var lines = [
            "### shipshape \(report.kind) \(report.id): \(report.outcome)", "",
            "| service | from → to revision | strategy | gate | outcome |", "|---|---|---|---|---|",
        ]
        for service in report.services {
            let gate = service.gateMilliseconds.map { "\($0) ms" } ?? "-"
            lines.append(
                "| \(service.service) | \(service.fromRevision ?? "none") → \(report.revision) | \(service.strategy) | \(gate) | \(report.outcome) |")
        }
        if let cause = report.cause { lines += ["", "Cause: \(cause)"] }
        return lines.joined(separator: "\n") + "\n\n"
    }

    static func text(_ report: DeployReport) -> String {
        var lines: [String] = []
        if report.dryRun {
            lines.append("dry run of \(report.kind) \(report.id) (project \(report.project), revision \(report.revision)); nothing changed")
            for service in report.services {
                lines.append("  \(service.service): \(service.strategy) (\(service.reason))")
                lines.append("    from \(service.fromContainer.map { String($0.prefix(12)) } ?? "nothing") → the current compose config")
            }
            return lines.joined(separator: "\n") + "\n"
        }
        let verdict: String =
            switch report.outcome {
            case "deployed": "deployed"
            case "rolled-back": "FAILED and rolled back: the previous version is serving again"
            case "rollback-failed": "FAILED and the rollback FAILED too: check the containers below"
            case "recovered": "the interrupted deploy was reverted; the previous version runs, nothing else to roll back"
            default: report.outcome
            }
        lines.append("\(report.kind) \(report.id) of \(report.project) at revision \(report.revision): \(verdict) (\(report.durationMilliseconds) ms)")
        for service in report.services {
            var parts = ["  \(service.service) [\(service.strategy)]"]
            parts.append("from \(service.fromContainer.map { String($0.prefix(12)) } ?? "nothing")")
            parts.append("to \(service.toContainer.map { String($0.prefix(12)) } ?? "nothing")")
            if let gate = service.gateMilliseconds { parts.append("gate \(gate) ms") }
            if let gap = service.gapMilliseconds { parts.append("gap \(gap) ms") }
            lines.append(parts.joined(separator: " "))
        }
        if let cause = report.cause { lines.append("cause: \(cause)") }
        if !report.logTail.isEmpty {
            lines.append("last log lines of the failed container:")
            lines += report.logTail.map { "  | " + $0 }
        }
        if report.outcome == "rollback-failed" {
            lines.append("next: `docker compose ps -a` and `shipshape history`; `shipshape rollback` retries the restore")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
