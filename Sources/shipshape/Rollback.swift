import ArgumentParser
import Deploy
import Foundation
import ShipshapeCore

extension Shipshape {
    struct RollbackCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rollback",
            abstract: "Bring back the previous version: the exact kept containers, health-gated like a deploy.",
            discussion: """
                Default target: the newest deploy before the one running now that passed its gate and soak \
                (deploys that were rolled back are skipped). --to takes a deploy id or a revision (prefix).
                \(ShipshapeExit.help([
                    .success: "rolled back to the target",
                    .failed: "the target failed its gate, or SIGINT/SIGTERM came, and the version that ran before is back",
                    .usage: "usage (nothing to roll back to)",
                    .dockerUnreachable: "Docker unreachable",
                    .rollbackFailed: "restoring failed too",
                    .lockHeld: "another deploy holds the lock",
                ]))
                """)

        @Argument(help: "Services to roll back (default: every service).")
        var services: [String] = []

        @OptionGroup var options: DeployOptions

        @Option(help: "A deploy id or revision to go back to.")
        var to: String?

        func run() async throws {
            let session = DeploySession(options: options)
            let format = options.format
            let log: @Sendable (String) -> Void = { line in DeployOutput.line(line, format: format) }
            let interrupt = InterruptFlag()
            try await session.withClient(command: "rollback") { client in
                let (compose, config) = try await session.resolve()
                let store = try await session.store()
                let plan = try session.plan(files: compose.files, revision: nil)
                let settings = try session.gateSettings(plan: plan, config: config)
                let request = try session.request(
                    services: services, compose: compose, plan: plan, settings: settings, revision: nil, dryRun: false)
                await interrupt.install()
                let runner = DeployRunner(client: client, store: store, interrupt: interrupt, log: log)
                let report = try await runner.rollback(request, config: config, gateSettings: settings, to: to)
                await store.close()
                DeployOutput.report(report, format: format)
                for line in await WebhookNotifier(hooks: plan.notify).notify(report) { log(line) }
                return report.exitCode
            }
        }
    }
}
