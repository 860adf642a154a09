import DeployModel
import DockerfileSyntax
import ImageKnowledge
import ShellSyntax
import ShipshapeCore

/// The repository's Python or JavaScript file a container's start command runs (`CMD ["node", "server.js"]`,
/// `ENTRYPOINT ["python", "app.py"]`, `CMD ["npm", "start"]` through `package.json`, a compose `command:`),
/// found through the build's copies or compose's bind mounts — or, for compiled TypeScript (`node
/// dist/server.js`), the source it is built from (`src/server.ts`).
struct StartCommandSource {
    /// The start command: the entrypoint's words, then the command's.
    let argv: [String]
    /// How many leading words of `argv` the entrypoint gives.
    let entrypointCount: Int
    /// The repository paths that may hold a path of the container, most likely first.
    let locate: (String) -> [String]
    let scripts: RepositoryScripts
    let sources: [String: String]

    /// A Dockerfile stage's `ENTRYPOINT` and `CMD` (a shell-form entrypoint ignores the `CMD`), its files the
    /// ones the build copies, looked for beside the Dockerfile and in each folder above it.
    init(stage: Stage, dockerfile: Dockerfile, scripts: RepositoryScripts, sources: [String: String]) {
        let entrypoint = stage.entrypoint.map(Self.words) ?? []
        var cmd = stage.cmd.map(Self.words) ?? []
        if case .shell = stage.entrypoint { cmd = [] }
        argv = entrypoint + cmd
        entrypointCount = entrypoint.count
        let copies = BuildContextFiles(stage: stage, in: dockerfile)
        locate = { path in Self.nearby(copies.contextPaths(of: path), file: dockerfile.path) }
        self.scripts = scripts
        self.sources = sources
    }

    /// A compose service's `command:` (after its `entrypoint:`), relative paths taken from `working_dir:`;
    /// its files are the ones it bind-mounts, else the ones its build copies.
    init(
        service: ComposeService, command: ComposeCommand, build: (stage: Stage, dockerfile: Dockerfile)?,
        scripts: RepositoryScripts, sources: [String: String]
    ) {
        let entrypoint = service.entrypoint.map { ComposeWords.words(of: $0).map(\.value) } ?? []
        argv = entrypoint + ComposeWords.words(of: command).map(\.value)
        entrypointCount = entrypoint.count
        let copies = build.map { BuildContextFiles(stage: $0.stage, in: $0.dockerfile) }
        let workdir = service.workingDir?.value ?? copies?.workdir ?? "/"
        let mounts = service.bindMounts
        locate = { path in
            let absolute = BuildContextFiles.absolute(path, in: workdir)
            for mount in mounts.reversed() {
                let target = BuildContextFiles.absolute(mount.target, in: "/")
                if absolute == target { return [RepositoryScripts.trimmed(mount.source)] }
                if absolute.hasPrefix(target + "/") {
                    return [RepositoryScripts.trimmed(mount.source + absolute.dropFirst(target.count))]
                }
            }
            guard let copies, let build else { return [] }
            return Self.nearby(copies.contextPaths(of: absolute), file: build.dockerfile.path)
        }
        self.scripts = scripts
        self.sources = sources
    }

    /// The IPv4-only listen addresses the started file's own code states, each saying whether the `CMD`
    /// named the file (a compose `command:` replaces it).
    func bindings() -> [IPv4Binding] {
        let configuration = configurationFile()
        guard let (path, fromCMD) = configuration ?? startedFile(), let script = script(at: path) else { return [] }
        return SourceListenAddress.bindings(in: script, configuration: configuration != nil).map { binding in
            var binding = binding
            binding.fromCMD = fromCMD
            return binding
        }
    }

    /// The file the start command runs, and whether the part after the entrypoint names it. A wrapper in
    /// front (`docker-entrypoint.sh`, `tini --`) is skipped up to the interpreter or the package manager.
    func startedFile() -> (path: String, fromCMD: Bool)? {
        for start in argv.indices {
            let rest = Array(argv[start...])
            if let found = Self.interpreted(rest) {
                let at = found.direct ? start : (argv[(start + 1)...].firstIndex(of: found.path) ?? start)
                return (found.path, at >= entrypointCount)
            }
            if let name = PackageScripts.scriptName(runBy: rest), let path = packageScriptFile(name) {
                return (path, argv.count > entrypointCount)
            }
        }
        return nil
    }

    /// gunicorn's Python configuration file (`gunicorn -c gunicorn.conf.py app:app`), unless the command line
    /// names the address itself (`-b`, `--bind`), which wins over the file.
    func configurationFile() -> (path: String, fromCMD: Bool)? {
        guard let start = argv.firstIndex(where: { Paths.basename($0) == "gunicorn" }) else { return nil }
        guard !argv[start...].contains(where: { ["-b", "--bind"].contains($0) || $0.hasPrefix("--bind=") }) else {
            return nil
        }
        for index in argv.indices where index > start {
            let option = argv[index]
            var value: String?
            if ["-c", "--config"].contains(option) { value = argv[safe: index + 1] }
            if option.hasPrefix("--config=") { value = String(option.dropFirst("--config=".count)) }
            guard let path = value, path.hasSuffix(".py"), !path.contains("$") else { continue }
            return (path, index >= entrypointCount)
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

    /// The file `package.json`'s script `name` runs with node or python (`"start": "node dist/main.js"`), from
    /// the `package.json` in the working directory.
    func packageScriptFile(_ name: String) -> String? {
        for path in locate("./package.json") {
            guard let text = sources[path], let command = PackageScripts.command(named: name, in: text) else {
                continue
            }
            let parsed = ShellParser.parse(EmbeddedText(file: path, text: command))
            return Self.interpreted(parsed.commands.first?.words.map(\.value) ?? [])?.path
        }
        return nil
    }

    /// The repository's file behind a path the container runs, or the TypeScript it is compiled from.
    func script(at path: String) -> InterpreterScript? {
        let paths = locate(path.contains("/") ? path : "./" + path)
        for candidate in paths + paths.flatMap(Self.typeScriptSources) {
            if let script = scripts.interpreterScript(at: candidate) { return script }
        }
        return nil
    }

    /// Context paths as repository paths: beside `file` (the Dockerfile), then in each folder above it.
    static func nearby(_ paths: [String], file: String) -> [String] {
        RepositoryScripts.folders(above: file).flatMap { directory in
            paths.map { directory.isEmpty ? $0 : (directory == "/" ? "/" : directory + "/") + $0 }
        }
    }

    static func words(_ form: CommandForm) -> [String] {
        ImageIndex.words(of: form).map(\.value)
    }

    /// `dist/server.js` → `dist/server.ts`, `src/server.ts`, `server.ts`: where TypeScript compiled into an
    /// output folder comes from (the path may carry the repository folders in front).
    static func typeScriptSources(_ path: String) -> [String] {
        guard let dot = path.lastIndex(of: "."), [".js", ".mjs", ".cjs"].contains(String(path[dot...])) else {
            return []
        }
        let base = String(path[..<dot])
        var result = [base + ".ts"]
        var parts = base.split(separator: "/").map(String.init)
        if let output = parts.firstIndex(where: { ["dist", "build", "out", "lib"].contains($0) }),
            output < parts.count - 1
        {
            parts.remove(at: output)
            let rest = parts[output...].joined(separator: "/")
            let front = parts[..<output].joined(separator: "/")
            let prefix = front.isEmpty ? "" : front + "/"
            result += [prefix + "src/" + rest + ".ts", prefix + rest + ".ts"]
        }
        return result
    }
}
