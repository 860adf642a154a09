import ArgumentParser
import Foundation
import ShipshapeCore

/// The `shipshape` command line.
@main
struct Shipshape: AsyncParsableCommand {
    static let version = BuildInfo.version

    static let configuration = CommandConfiguration(
        commandName: "shipshape",
        abstract: "Find what breaks a Docker deploy before it ships.",
        discussion: """
            Shipshape reads a repository's GitHub workflows, Dockerfiles, compose files, .env files and \
            deploy scripts together and reports what breaks across them — a health check that calls a \
            program its image does not contain, a probe on the wrong port, a container name nobody defines.

            Exit codes, the same in every command (each command's help says what they mean there):
            \(ShipshapeExit.allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n"))
            """,
        version: BuildInfo.description,
        subcommands: [
            Lint.self, Rules.self, Wait.self, Init.self, Diagnose.self, DeployCommand.self, RollbackCommand.self,
            HistoryCommand.self,
        ],
        defaultSubcommand: Lint.self)

    /// Maps every failure to one documented exit code: usage and configuration errors are 2.
    static func main() async {
        if let typo = CommandTypo.check(Array(CommandLine.arguments.dropFirst())) {
            ReportFile.note(typo)
            Foundation.exit(ShipshapeExit.usage.rawValue)
        }
        // The command that was parsed, so a usage error shows that command's usage, not the root's.
        var parsed: (any ParsableCommand.Type)?
        do {
            var command = try parseAsRoot()
            parsed = type(of: command)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                ReportFile.note(usageMessage(for: error, command: parsed))
                Foundation.exit(ShipshapeExit.usage.rawValue)
            }
            // Help and version go to standard output as they are; any other message is masked.
            guard code != .success, !(error is ExitCode) else { exit(withError: error) }
            ReportFile.note(fullMessage(for: error))
            Foundation.exit(code.rawValue)
        }
    }
}

extension Shipshape {
    /// The error and the usage of the command it belongs to (`shipshape wait …`), not the root's.
    static func usageMessage(for error: any Error, command: (any ParsableCommand.Type)?) -> String {
        guard let command, command != Shipshape.self else { return fullMessage(for: error) }
        return "Error: \(message(for: error))\nUsage: \(usageString(for: command))\n"
            + "  See 'shipshape help \(command._commandName)' for more information."
    }
}
