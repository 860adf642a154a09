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
            let files: [DiscoveredFile]
            do {
                files = try Discovery.discover([path]).filter { $0.kind == .compose }
            } catch {
                throw ValidationError(error.localizedDescription)
            }
            guard !files.isEmpty else { throw ValidationError("No compose file found under \(path).") }
            let model = DeploymentModel.load(files)
            let yaml = PlanWriter.yaml(PlanInitializer.draft(from: model.composeFiles))
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
