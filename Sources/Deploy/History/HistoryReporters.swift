import Foundation
import ShipshapeCore

/// The `--format` reporters of `history`.
public var historyReporters: ReporterSet<DeployHistory> {
    ReporterSet([HistoryTextReporter.self, HistoryJSONReporter.self])
}

/// `--format text`: what runs now, then every deploy with its services.
public enum HistoryTextReporter: Reporter {
    public static let identifier = "text"

    public static func report(_ history: DeployHistory, options: ReporterOptions = ReporterOptions()) -> String {
        var lines = ["project \(history.project)", "running now:"]
        if history.runningNow.isEmpty { lines.append("  nothing") }
        for item in history.runningNow {
            lines.append(
                "  \(item.service): \(item.name) \(item.imageID.prefix(19)) revision \(item.revision ?? "unknown") "
                    + "deploy \(item.deployID ?? "none") since \(item.since)")
        }
        lines.append("deploys (newest first):")
        if history.deploys.isEmpty { lines.append("  none recorded") }
        for record in history.deploys {
            let outcome =
                history.interrupted.contains(record.id)
                ? "interrupted (the next deploy or rollback reverts it)"
                : record.outcome.rawValue
            let duration = record.durationMilliseconds.map { "\($0) ms" } ?? "-"
            lines.append(
                "  \(record.id) \(record.kind.rawValue) revision \(record.revision) by \(record.user) "
                    + "started \(record.startedAt.formatted(.iso8601)) \(duration): \(outcome)")
            for service in record.services {
                let from = service.fromImage.map { String($0.prefix(19)) } ?? "nothing"
                let to = service.toImage.map { String($0.prefix(19)) } ?? "nothing"
                let replicas = (service.replicas ?? 1) == 1 ? "" : ", \(service.replicas ?? 1) replicas"
                lines.append(
                    "    \(service.service) [\(service.strategy)\(replicas)] \(from) (\(service.fromRevision ?? "unknown")) "
                        + "→ \(to) (\(record.revision))")
            }
            if let cause = record.cause { lines.append("    cause: \(cause)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `--format json`: one document, keys sorted, dates in ISO 8601.
public enum HistoryJSONReporter: Reporter {
    public static let identifier = "json"
    public static let encoding: PrintedText.Encoding = .json

    public static func report(_ history: DeployHistory, options: ReporterOptions = ReporterOptions()) -> String {
        JSONDocument.text(history)
    }
}
