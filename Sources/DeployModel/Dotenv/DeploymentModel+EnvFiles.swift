import ShellSyntax
import ShipshapeCore

extension DeploymentModel {
    /// Keeps the `.env` files that are meant as such and turns the others into what they are.
    ///
    /// A malformed `.env` is an error only when compose reads it (`env_file:`, or the `.env` beside
    /// a compose file) or the user named it. Any other file whose name merely ends in `.env` — a
    /// bash function library that scripts `source`, say — is read as a shell script, with one note.
    mutating func settleEnvFiles(_ inputs: [Input]) {
        let named = Set(inputs.filter { $0.kind == .dotenv && $0.namedByUser }.map(\.path))
        let read = envFilesReadByCompose()
        var kept: [EnvFile] = []
        for file in envFiles {
            guard !file.problems.isEmpty, !named.contains(file.path), !read.contains(file.path) else {
                kept.append(file)
                record(file.problems)
                continue
            }
            let lines = Set(file.problems.map(\.location.line)).count
            problems.append(
                ModelProblem(
                    location: file.problems.first?.location ?? SourceLocation(file: file.path, line: 1, column: 1),
                    message:
                        "not read as a .env file: \(lines) line\(lines == 1 ? " is" : "s are") not KEY=value and no compose file reads it; read as a shell script",
                    severity: .note))
            guard let text = sources[file.path] else { continue }
            let script = ShellParser.parse(EmbeddedText(file: file.path, text: text))
            shellUnits.append(ShellUnit(file: file.path, origin: .scriptFile, script: script))
        }
        envFiles = kept
    }

    /// Paths of the `.env` files compose reads: every `env_file:` and the `.env` beside each compose file.
    func envFilesReadByCompose() -> Set<String> {
        var paths: Set<String> = []
        for file in composeFiles {
            let directory = ComposePaths.directory(of: file.path)
            paths.insert(directory.isEmpty ? ".env" : directory + "/.env")
            for service in file.services {
                for entry in service.envFiles { paths.insert(entry.value) }
            }
        }
        return paths
    }
}
