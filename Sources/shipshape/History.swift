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
                \(ShipshapeExit.help([
                    .success: "history printed",
                    .usage: "usage, or the deploy state cannot be opened",
                    .dockerUnreachable: "Docker unreachable (what runs now is read from the containers)",
                ]))
                """)

        @Argument(help: "Only this service.")
        var service: String?

        @OptionGroup var location: ProjectOptions

        @Option(help: "At most this many deploys.")
        var limit: Int = 20

        @Option(help: "Output: text or json.")
        var format: HistoryFormat = .text

        func run() async throws {
            var options = try DeployOptions.parse([])
            options.location = location
            let session = DeploySession(options: options)
            try await session.withClient(command: "history") { client in
                let projectName: String
                if let project = location.project {
                    projectName = project
                } else {
                    projectName = try await session.resolve().1.project
                }
                let store = try await session.store()
                let records: [DeployRecord]
                let lock: LockHolder?
                do {
                    records = try await store.records(project: projectName, limit: max(1, limit)).filter { record in
                        service.map { name in record.services.contains { $0.service == name } } ?? true
                    }
                    lock = try await DeployLock(client: client, project: projectName).holder()
                } catch {
                    await store.close()
                    throw error
                }
                await store.close()
                let history = DeployHistory(
                    project: projectName,
                    runningNow: try await RunningNow.read(client: client, project: projectName, service: service),
                    deploys: records, interrupted: DeployHistory.interrupted(records, lock: lock))
                try ReportOutput.emit(
                    history, with: historyReporters, format: format.rawValue, color: .never, to: nil)
                return 0
            }
        }
    }
}

enum HistoryFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
