import ArgumentParser
import Deploy
import DeployStore
import DockerEngine
import Foundation
import ShipshapeCore

extension Shipshape {
    struct DeployCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deploy",
            abstract: "Deploy a Compose project service by service, health-gated, rolling back by itself.",
            discussion: """
                Per service, in dependency order: create the new container (docker compose up --no-start), \
                start it beside the old one (start-first) or stop the old one first and keep it for an instant \
                restore (stop-first, for container_name or fixed host ports), gate it from outside with the \
                plan's probes, soak, then keep the old one stopped for `shipshape rollback`. Any failure \
                restores the exact previous containers and gates them. Every step is journaled before it runs.

                SIGINT/SIGTERM cancels the deploy at the next safe point (at once during a gate, soak or \
                pre-cutover command): the previous containers are restored and gated as after a failed gate, \
                history records `interrupted`, the exit code is 1. A second signal ends shipshape at once (status \
                128+signal, as the shell reports it); the next deploy or rollback recovers it from the journal.

                \(ShipshapeExit.help([
                    .success: "deployed",
                    .failed: "failed, or interrupted by SIGINT/SIGTERM, and rolled back (the previous version is healthy)",
                    .usage: "usage or preflight error (nothing was changed)",
                    .dockerUnreachable: "Docker unreachable",
                    .rollbackFailed: "failed and the rollback failed too",
                    .lockHeld: "another deploy holds the lock",
                ]))
                """)

        @Argument(help: "Services to deploy (default: every service without a profile).")
        var services: [String] = []

        @OptionGroup var options: DeployOptions

        @Flag(help: "Print what would happen (per service: from, strategy and why, gate, soak); change nothing.")
        var dryRun = false

        @Flag(help: "Remove the project's deploy lock, whoever holds it, and exit.")
        var unlock = false

        @Flag(help: "Skip the preflight `shipshape lint` of the deployed compose files.")
        var noLint = false

        /// `--revision`, else `git rev-parse HEAD` (`-dirty` when the tree has changes).
        static func revision(_ given: String?, directory: String) async -> String {
            if let given { return given }
            return await Identity.revision(directory: directory)
        }

        func run() async throws {
            let session = DeploySession(options: options)
            let format = options.format
            let log: @Sendable (String) -> Void = { line in DeployOutput.line(line, format: format) }
            let interrupt = InterruptFlag()
            try await session.withClient(command: "deploy") { client in
                // Who deploys and the revision are `git` processes that need only the directory: they run
                // while `docker compose config` resolves the project, not after it.
                let directory = FileManager.default.currentDirectoryPath
                async let user = Identity.user(environment: session.environment, directory: directory)
                async let headRevision = Self.revision(options.revision, directory: directory)
                // The preflight lint reads only the files: it runs while `docker compose config` answers, and its
                // verdict is taken after the config's (a broken compose file is reported as compose reports it).
                let files = DeploySession.composeFiles(options.file, environment: session.environment)
                let lint = Task.detached { [noLint, unlock] in
                    if !noLint, !unlock, !files.isEmpty { try DeployLint.check(files: files) }
                }
                let (compose, config) = try await session.resolve()
                if unlock {
                    let holder = try await DeployLock(client: client, project: config.project).forceRelease()
                    log(
                        holder.map { "removed the lock of \(config.project) held by \($0.summary)" }
                            ?? "the lock of \(config.project) was not held")
                    return 0
                }
                try await lint.value
                let store = try await session.store()
                let revision = await headRevision
                let plan = try session.plan(files: compose.files, revision: revision)
                let settings = try session.gateSettings(plan: plan, config: config)
                var request = try session.request(
                    services: services, compose: compose, plan: plan, settings: settings, revision: revision,
                    dryRun: dryRun)
                request.user = await user
                await interrupt.install()
                let runner = DeployRunner(client: client, store: store, interrupt: interrupt, log: log)
                let report = try await runner.deploy(request, config: config, gateSettings: settings)
                await store.close()
                DeployOutput.report(report, format: format)
                for line in await WebhookNotifier(hooks: plan.notify).notify(report) { log(line) }
                return report.exitCode
            }
        }
    }
}
