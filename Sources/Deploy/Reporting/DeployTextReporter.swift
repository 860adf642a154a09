import Plan
import ShipshapeCore

/// The text of a deploy or rollback: the verdict, each service's containers, gate and gap, the cause
/// and the failed container's last log lines.
public enum DeployTextReporter: Reporter {
    public static let identifier = "text"

    public static func report(_ report: DeployReport, options: ReporterOptions = ReporterOptions()) -> String {
        var lines: [String] = []
        if report.dryRun {
            lines.append(
                "dry run of \(report.kind) \(report.id) (project \(report.project), revision \(report.revision)); nothing changed"
            )
            for service in report.services {
                let replicas = service.replicas == 1 ? "" : ", \(service.replicas) replicas"
                lines.append("  \(service.service): \(service.strategy) (\(service.reason))\(replicas)")
                lines.append("    from \(from(service)) → \(to(service))")
                if let gate = service.gate { lines.append("    gate: \(gate)") }
                if let soak = service.soakMilliseconds {
                    lines.append(
                        "    soak: " + (soak == 0 ? "none" : "\(DurationText.format(milliseconds: soak)) after cutover")
                    )
                }
                if let keeps = service.keeps {
                    let prunes = service.prunes ?? []
                    lines.append(
                        "    keeps for rollback: \(keeps.isEmpty ? "nothing" : keeps.joined(separator: ", "))"
                            + "; prunes: \(prunes.isEmpty ? "nothing" : prunes.joined(separator: ", "))")
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }
        // A first deploy has nothing to go back to: its failure removes the new containers, nothing more.
        let restored =
            report.services.contains { $0.fromContainer != nil }
            ? "rolled back: the previous version is serving again"
            : "the new containers were removed; nothing ran before this deploy"
        let verdict: String =
            switch report.outcome {
            case "deployed": "deployed"
            case "rolled-back": "FAILED and \(restored)"
            case "rollback-failed": "FAILED and the rollback FAILED too: check the containers below"
            case "interrupted": "INTERRUPTED and \(restored)"
            case "recovered":
                "the interrupted deploy was reverted; the previous version runs, nothing else to roll back"
            default: report.outcome
            }
        lines.append(
            "\(report.kind) \(report.id) of \(report.project) at revision \(report.revision): \(verdict) (\(report.durationMilliseconds) ms)"
        )
        for service in report.services {
            var parts = ["  \(service.service) [\(service.strategy)]"]
            if service.replicas != 1 { parts.append("\(service.replicas) replicas") }
            parts.append("from \(containers(service.fromContainer, service.fromContainers))")
            parts.append("to \(containers(service.toContainer, service.toContainers))")
            if let gate = service.gateMilliseconds { parts.append("gate \(gate) ms") }
            if let gap = service.gapMilliseconds { parts.append("gap \(gap) ms") }
            lines.append(parts.joined(separator: " "))
        }
        if let cause = report.cause { lines.append("cause: \(cause)") }
        if !report.logTail.isEmpty {
            lines.append("last log lines of the failed container:")
            lines += report.logTail.map { "  | " + $0 }
        }
        if let next = report.nextStep { lines.append("next: \(next)") }
        if report.outcome == "rollback-failed" {
            lines.append(
                "next: `docker compose ps -a` and `shipshape history`; `shipshape rollback` retries the restore")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Short ids: every replica's when there are several, else the one, else "nothing".
    /// "6dd91379f19f (image d865be5d9f03, revision e0d6196)" for the dry run.
    static func from(_ service: DeployReport.Service) -> String {
        let ids = containers(service.fromContainer, service.fromContainers)
        var details: [String] = []
        if let image = service.fromImage { details.append("image \(shortImage(image))") }
        if let revision = service.fromRevision { details.append("revision \(revision.prefix(12))") }
        return details.isEmpty ? ids : "\(ids) (\(details.joined(separator: ", ")))"
    }

    /// "web:v3 (image 86743b00d05f)", or "web:v3 (not here yet: built or pulled by the deploy)".
    static func to(_ service: DeployReport.Service) -> String {
        guard let reference = service.toReference else { return "the current compose config" }
        let built = service.toBuild == true
        guard let image = service.toImage else {
            return "\(reference) (not here yet: \(built ? "built" : "pulled") by the deploy)"
        }
        return "\(reference) (image \(shortImage(image))" + (built ? " now; built again by the deploy)" : ")")
    }

    static func shortImage(_ id: String) -> String {
        String((id.hasPrefix("sha256:") ? id.dropFirst(7) : Substring(id)).prefix(12))
    }

    static func containers(_ first: String?, _ all: [String]) -> String {
        let ids = all.count > 1 ? all : first.map { [$0] } ?? []
        return ids.isEmpty ? "nothing" : ids.map { String($0.prefix(12)) }.joined(separator: ",")
    }
}
