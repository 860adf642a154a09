import ArgumentParser
import DeployModel
import Foundation
import LintRules
import ShipshapeCore

extension Shipshape {
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint workflows, Dockerfiles, compose files, .env files and scripts together.",
            discussion: """
                PATH may be directories (searched for deployment files) or files. Configuration comes from \
                .shipshape.yml in the first directory (or --config). Suppress one finding with a comment \
                `# shipshape: ignore=RULE-ID` (or `// shipshape: ignore=RULE-ID`) on its line or the line before.

                \(ShipshapeExit.help([
                    .success: "no finding at or above --fail-on",
                    .failed: "findings at or above --fail-on (default: error)",
                    .usage: "usage or configuration error",
                    .dockerUnreachable: "--probe-images and the Docker Engine (DOCKER_HOST) does not answer",
                ]))
                """)

        @Argument(help: "Directories or files to lint.", completion: .file())
        var paths: [String] = ["."]

        @Option(name: .shortAndLong, help: "Output format: text, json, sarif or github.")
        var format: OutputFormat = .text

        @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
        var output: String?

        @Option(help: "Configuration file (default: .shipshape.yml in the first directory given).")
        var config: String?

        @Option(
            name: .customLong("enable"),
            help: ArgumentHelp(
                "Also run this opt-in rule (repeatable), as `enabled_rules:` in .shipshape.yml does.",
                valueName: "rule"))
        var enabledRules: [String] = []

        @Option(help: "Lowest severity that makes the exit code 1: error, warning, note or never.")
        var failOn: FailLevel = .error

        @Option(help: "Colour: auto (only on a terminal), always or never.")
        var color: ColorMode = .auto

        @Flag(
            help: """
                Look into the images the repository runs through the Docker Engine (DOCKER_HOST) instead of \
                trusting the knowledge base: file stats in a created, never started container. Cached by image ID.
                """)
        var probeImages = false

        func validate() throws {
            for path in paths where !FileManager.default.fileExists(atPath: path) {
                throw ValidationError("No such file or directory: \(path)")
            }
            for rule in enabledRules where ruleDescription(rule) == nil {
                throw ValidationError("Unknown rule '\(rule)' (`shipshape rules` lists them)")
            }
        }

        func run() async throws {
            var configuration: Configuration
            do {
                configuration = try ConfigurationLoader.load(explicit: config, searchIn: paths)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
            configuration.enabledRules.formUnion(enabledRules)
            let model: DeploymentModel
            do {
                model = try LintEngine.load(paths: paths, configuration: configuration)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
            let observed = probeImages ? try await ImageObservations.collect(for: model) : []
            let context = LintContext(model: model, observedImages: observed)
            let report = LintEngine.lint(
                model, configuration: configuration, toolVersion: Shipshape.version, observedImages: observed,
                context: context)
            if !probeImages, let note = LintEngine.unknownImagesNote(LintEngine.unknownImages(in: context)) {
                ReportFile.note(note)
            }
            try ReportOutput.emit(report, with: lintReporters, format: format.rawValue, color: color, to: output)
            if let threshold = failOn.severity, report.findings.contains(where: { $0.severity >= threshold }) {
                throw ExitCode(ShipshapeExit.failed.rawValue)
            }
        }
    }
}
