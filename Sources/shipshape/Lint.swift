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

        @OptionGroup var options: LintOptions

        func validate() throws {
            for path in paths where !FileManager.default.fileExists(atPath: path) {
                throw ValidationError("No such file or directory: \(path)")
            }
            for rule in options.enabledRules where ruleDescription(rule) == nil {
                throw ValidationError("Unknown rule '\(rule)' (`shipshape rules` lists them)")
            }
        }

        func run() async throws {
            var configuration: Configuration
            do {
                configuration = try ConfigurationLoader.load(explicit: options.config, searchIn: paths)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
            configuration.enabledRules.formUnion(options.enabledRules)
            let model: DeploymentModel
            do {
                model = try LintEngine.load(paths: paths, configuration: configuration)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
            let observed = options.probeImages ? try await ImageObservations.collect(for: model) : []
            let context = LintContext(model: model, observedImages: observed)
            let report = LintEngine.lint(
                model, configuration: configuration, toolVersion: Shipshape.version, observedImages: observed,
                context: context)
            if !options.probeImages, let note = LintEngine.unknownImagesNote(LintEngine.unknownImages(in: context)) {
                ReportFile.note(note)
            }
            try ReportOutput.emit(
                report, with: lintReporters, format: options.format.rawValue, color: options.color, to: options.output)
            if let threshold = options.failOn.severity, report.findings.contains(where: { $0.severity >= threshold }) {
                throw ExitCode(ShipshapeExit.failed.rawValue)
            }
        }
    }
}
