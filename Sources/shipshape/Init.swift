import ArgumentParser
import DeployModel
import Foundation
import PlanFile

extension Shipshape {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a plan (shipshape.yml) for `shipshape wait` from the repository's compose files.",
            discussion: "Review the written plan: health paths marked TODO are guesses.")

        @Argument(help: "Directory holding the compose files.", completion: .directory)
        var path: String = "."

        @Option(name: .shortAndLong, help: "Where to write the plan ('-' for standard output).")
        var output: String = "shipshape.yml"

        @Flag(help: "Overwrite an existing plan file.")
        var force = false

        func run() throws {
            let repository: [DiscoveredFile]
            do {
                repository = try Discovery.discover([path])
            } catch {
                throw ValidationError(error.localizedDescription)
            }
            let files = repository.filter { $0.kind == .compose }
            guard !files.isEmpty else { throw ValidationError("No compose file found under \(path).") }
            let model = DeploymentModel.load(files)
            // As Docker Compose decides: COMPOSE_PROJECT_NAME, the file's `name:`, else its directory.
            let directory = URL(fileURLWithPath: files[0].path).standardizedFileURL.deletingLastPathComponent().path
            var draft = PlanInitializer.draft(from: model.composeFiles, directory: directory)
            if let named = ProcessInfo.processInfo.environment["COMPOSE_PROJECT_NAME"], !named.isEmpty {
                draft.plan.targets = draft.plan.targets.map { target in
                    var target = target
                    if case .composeService(let service, _) = target.reference {
                        target.reference = .composeService(service: service, project: named)
                    }
                    return target
                }
            }
            let lintNotes = InitHealthcheckNotes.notes(
                repository: repository.filter { $0.kind != .applicationSource }, compose: model.composeFiles)
            for (service, comments) in lintNotes {
                var note = draft.notes[service] ?? TargetNote()
                note.comments += comments
                draft.notes[service] = note
            }
            let yaml = PlanWriter.yaml(draft)
            if output == "-" {
                print(yaml, terminator: "")
                return
            }
            if FileManager.default.fileExists(atPath: output), !force {
                throw ValidationError("\(output) exists; pass --force to overwrite it.")
            }
            do {
                try yaml.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("Cannot write \(output): \(error.localizedDescription)")
            }
            print(
                "Wrote \(output) with \(model.composeFiles.flatMap(\.services).count) target(s) from \(files.count) compose file(s)."
            )
        }
    }
}
