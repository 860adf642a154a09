import ArgumentParser
import Deploy
import DeployStore
import DockerEngine
import Foundation
import ShipshapeCore

extension Shipshape {
    struct HistoryCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Every deploy and rollback of a project, and what runs now (from container labels).",
            discussion: """
                Deploys a killed shipshape left unfinished are shown as interrupted; the next deploy or \
                rollback reverts or finishes them.
                """)

        @Argument(help: "Only this service.")
        var service: String?

        @Option(
            name: .shortAndLong, help: "Compose project (default: from the compose files, as Docker Compose decides).")
        var project: String?

        @Option(name: .shortAndLong, help: "Compose file (repeatable), to find the project name.")
        var file: [String] = []

        @Option(help: "At most this many deploys.")
        var limit: Int = 20

        @Option(help: "Output: text or json.")
        var format: DeployFormat = .text

        @Option(help: "Deploy state: a SQLite file path.")
        var state: String?

        struct Document: Codable {
            var project: String
            var runningNow: [RunningService]
            var deploys: [DeployRecord]
            var interrupted: [String]
        }

        func run() async throws {
            var options = try DeployOptions.parse([])
            options.file = file
            options.project = project
            options.state = state
            let session = DeploySession(options: options)
            try await session.withClient(command: "history") { client in
                let projectName: String
                if let project {
                    projectName = project
                } else {
                    projectName = try await session.resolve().1.project
                }
                let store = try await session.store()
                let records = try await store.records(project: projectName, limit: max(1, limit)).filter { record in
                    service.map { name in record.services.contains { $0.service == name } } ?? true
                }
                let lock = try await DeployLock(client: client, project: projectName).holder()
                let interrupted = records.filter { record in
                    record.outcome == .running
                        && (lock?.deployID != record.id || lock?.isStale(now: Date(), localHost: Identity.host) == true)
                }.map(\.id)
                await store.close()
                let running = try await RunningNow.read(client: client, project: projectName, service: service)
                let document = Document(
                    project: projectName, runningNow: running, deploys: records, interrupted: interrupted)
                if format == .json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                    encoder.dateEncodingStrategy = .iso8601
                    let json = String(decoding: try encoder.encode(document), as: UTF8.self)
                    try OutputSink.current.write(PrintedText(json + "\n", encoding: .json), to: .standardOutput)
                } else {
                    try OutputSink.current.write(PrintedText(Self.text(document)), to: .standardOutput)
                }
                return 0
            }
        }

        static func text(_ document: Document) -> String {
            var lines = ["project \(document.project)", "running now:"]
            if document.runningNow.isEmpty { lines.append("  nothing") }
            for item in document.runningNow {
                lines.append(
                    "  \(item.service): \(item.name) \(item.imageID.prefix(19)) revision \(item.revision ?? "unknown") "
                        + "deploy \(item.deployID ?? "none") since \(item.since)")
            }
            lines.append("deploys (newest first):")
            if document.deploys.isEmpty { lines.append("  none recorded") }
            for record in document.deploys {
                let outcome =
                    document.interrupted.contains(record.id)
                    ? "interrupted (the next deploy or rollback reverts it)"
                    : record.outcome.rawValue
                let duration = record.durationMilliseconds.map { "\($0) ms" } ?? "-"
                lines.append(
                    "  \(record.id) \(record.kind.rawValue) revision \(record.revision) by \(record.user) "
                        + "started \(record.startedAt.formatted(.iso8601)) \(duration): \(outcome)")
                for service in record.services {
                    lines.append(
                        "    \(service.service) [\(service.strategy)] \(service.fromImage.map { String($0.prefix(19)) } ?? "nothing") "
                            + "(\(service.fromRevision ?? "unknown")) → \(service.toImage.map { String($0.prefix(19)) } ?? "nothing") "
                            + "(\(record.revision))")
                }
                if let cause = record.cause { lines.append("    cause: \(cause)") }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
