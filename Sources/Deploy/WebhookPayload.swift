import Foundation
import Plan
import ShipshapeCore

/// The body a webhook gets: one JSON document (format `json`), or the summary line as Slack's `text` or
/// Discord's `content`. Masked by the project's one policy (`PrintedText`, JSON strings decoded) before it
/// leaves the program.
struct WebhookPayload: Encodable {
    struct Service: Encodable {
        var service: String
        var strategy: String
        var fromRevision: String?
        var fromImage: String?
        var toImage: String?
    }

    var event: String
    var kind: String
    var id: String
    var project: String
    var revision: String
    var outcome: String
    var exitCode: Int32
    var cause: String?
    var durationMilliseconds: Int
    var host: String
    var services: [Service]
    var text: String

    /// Discord refuses `content` over 2000 characters.
    static let maximumSummaryCharacters = 1900

    init(_ report: DeployReport, event: Webhook.Event) {
        self.event = event.rawValue
        kind = report.kind
        id = report.id
        project = report.project
        revision = report.revision
        outcome = report.outcome
        exitCode = report.exitCode
        cause = report.cause
        durationMilliseconds = report.durationMilliseconds
        host = Identity.host
        services = report.services.map {
            Service(
                service: $0.service, strategy: $0.strategy, fromRevision: $0.fromRevision, fromImage: $0.fromImage,
                toImage: $0.toImage)
        }
        text = Self.summary(report)
    }

    /// `shipshape deploy of shop at revision 3f2a9c1 on ci-7: deployed (web, worker)`, and the cause.
    static func summary(_ report: DeployReport) -> String {
        let services = report.services.map(\.service).joined(separator: ", ")
        var line = "shipshape \(report.kind) of \(report.project) at revision \(report.revision) on \(Identity.host): "
        switch report.outcome {
        case "deployed": line += report.kind == "rollback" ? "rolled back" : "deployed"
        case "rolled-back": line += "FAILED and rolled back, the previous version is serving"
        case "rollback-failed": line += "FAILED and the rollback failed too"
        case "interrupted": line += "INTERRUPTED and rolled back, the previous version is serving"
        default: line += report.outcome
        }
        if !services.isEmpty { line += " (\(services))" }
        if let cause = report.cause { line += " — \(cause)" }
        guard line.count > maximumSummaryCharacters else { return line }
        return String(line.prefix(maximumSummaryCharacters)) + " …"
    }

    /// The masked body in `format`.
    func body(_ format: Webhook.Format) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data?
        switch format {
        case .json: data = try? encoder.encode(self)
        case .slack: data = try? encoder.encode(["text": text])
        case .discord: data = try? encoder.encode(["content": text])
        }
        return PrintedText(String(decoding: data ?? Data("{}".utf8), as: UTF8.self), encoding: .json).text
    }
}
