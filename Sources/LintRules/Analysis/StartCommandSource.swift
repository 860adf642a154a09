import DeployModel
import DockerfileSyntax
import ImageKnowledge
import ShellSyntax
import ShipshapeCore

/// The repository's Python or JavaScript file a stage's start command runs (`CMD ["node", "server.js"]`,
/// `ENTRYPOINT ["python", "app.py"]`, `CMD ["npm", "start"]` through `package.json`), found through the
/// build's copies — or, for compiled TypeScript (`node dist/server.js`), the source it is built from
/// (`src/server.ts`).
struct StartCommandSource {
    let stage: Stage
    let dockerfile: Dockerfile
    let scripts: RepositoryScripts
    let sources: [String: String]

    /// The IPv4-only listen addresses the started file's own code states; those from a `CMD` say so, as a
    /// compose `command:` replaces them.
    func bindings() -> [IPv4Binding] {
        guard let (path, fromCMD) = startedFile(), let script = script(at: path) else { return [] }
        return SourceListenAddress.bindings(in: script).map { binding in
            var binding = binding
            binding.fromCMD = fromCMD
            return binding
        }
    }

    /// The file the start command runs, and whether the `CMD` names it. `ENTRYPOINT` and `CMD` run together
    /// (an exec-form entrypoint takes the `CMD` as arguments), so a wrapper in front (`docker-entrypoint.sh`,
    /// `tini --`) is skipped up to the interpreter or the package manager.
    func startedFile() -> (path: String, fromCMD: Bool)? {
        let entrypoint = stage.entrypoint.map(Self.words) ?? []
        var cmd = stage.cmd.map(Self.words) ?? []
        if case .shell = stage.entrypoint { cmd = [] }
        let argv = entrypoint + cmd
        for start in argv.indices {
            let rest = Array(argv[start...])
            if let found = Self.interpreted(rest) {
                let at = found.direct ? start : (argv[(start + 1)...].firstIndex(of: found.path) ?? start)
                return (found.path, at >= entrypoint.count)
            }
            if let name = PackageScripts.scriptName(runBy: rest), let path = packageScriptFile(name) {
                return (path, argv.count > entrypoint.count)
            }
        }
        return nil
    }

    /// `interpretedPath`, also for `node dist/main` (Node adds `.js`).
    static func interpreted(_ argv: [String]) -> (path: String, direct: Bool)? {
        if let found = InContainerCommand.interpretedPath(argv) { return found }
        guard let first = argv.first, ["node", "nodejs"].contains(Paths.basename(first)),
            let operand = argv.dropFirst().first(where: { !$0.hasPrefix("-") }),
            !operand.contains("$"), !Paths.basename(operand).contains(".")
        else { return nil }
        return (operand + ".js", false)
    }

    /// The file `package.json`'s script `name` runs with node or python (`"start": "node dist/main.js"`); the
    /// `package.json` the build copies into the working directory.
    func packageScriptFile(_ name: String) -> String? {
        let copies = BuildContextFiles(stage: stage, in: dockerfile)
        for candidate in copies.contextPaths(of: "./package.json") {
            for directory in RepositoryScripts.folders(above: dockerfile.path) {
                let path = directory.isEmpty ? candidate : directory + "/" + candidate
                guard let text = sources[path], let command = PackageScripts.command(named: name, in: text) else {
                    continue
                }
                let words =
                    ShellParser.parse(EmbeddedText(file: "package.json", text: command)).commands.first?.words.map(
                        \.value) ?? []
                return Self.interpreted(words)?.path
            }
        }
        return nil
    }

    /// The repository's file behind a path the container runs, or the TypeScript it is compiled from.
    func script(at path: String) -> InterpreterScript? {
        let copies = BuildContextFiles(stage: stage, in: dockerfile)
        let paths = copies.contextPaths(of: path.contains("/") ? path : "./" + path)
        let candidates = paths + paths.flatMap(Self.typeScriptSources)
        guard !candidates.isEmpty else { return nil }
        return scripts.interpreterScript(near: dockerfile.path, candidates: candidates)
    }

    static func words(_ form: CommandForm) -> [String] {
        ImageIndex.words(of: form).map(\.value)
    }

    /// `dist/server.js` → `dist/server.ts`, `src/server.ts`, `server.ts`: where TypeScript compiled into an
    /// output folder comes from.
    static func typeScriptSources(_ path: String) -> [String] {
        guard let dot = path.lastIndex(of: "."), [".js", ".mjs", ".cjs"].contains(String(path[dot...])) else {
            return []
        }
        let base = String(path[..<dot])
        var result = [base + ".ts"]
        let parts = base.split(separator: "/")
        if parts.count > 1, ["dist", "build", "out", "lib"].contains(parts[0]) {
            let rest = parts.dropFirst().joined(separator: "/")
            result += ["src/" + rest + ".ts", rest + ".ts"]
        }
        return result
    }
}
