import DeployModel
import ImageKnowledge
import ShellSyntax
import ShipshapeCore
import SourceSyntax

extension InContainerCommand {
    /// True for the health checks (compose, Dockerfile, GitHub service, Kubernetes probes): a Python or
    /// JavaScript file they run is a probe, so its URLs are the probe's. An application started by a start
    /// command or `docker exec` is not followed: its URLs name other services as often as its own.
    var isHealthCheck: Bool {
        switch kind {
        case .composeHealthcheck, .dockerfileHealthcheck, .serviceHealthCommand: true
        case .kubernetes(let key): key.hasSuffix("Probe")
        case .exec, .entrypoint, .actionEntrypoint: false
        }
    }

    /// Interpreters whose first operand is the script they run.
    static func isInterpreter(_ name: String) -> Bool {
        if name == "node" || name == "nodejs" { return true }
        guard name.hasPrefix("python") else { return false }
        return name.dropFirst("python".count).allSatisfy { $0.isNumber || $0 == "." }
    }

    /// The Python/JavaScript file an argv runs — `python3 -u /app/healthcheck.py`, `node healthcheck.js`, or
    /// the file itself (`/app/healthcheck.py`, by its `#!`: `direct`) — else nil (`python -c …`, `-m module`).
    static func interpretedPath(_ argv: [String]) -> (path: String, direct: Bool)? {
        guard let first = argv.first, !first.contains("$") else { return nil }
        let name = Paths.basename(first)
        if InterpreterScript.isScriptName(name) { return (first, true) }
        guard isInterpreter(name) else { return nil }
        for argument in argv.dropFirst() {
            if ["-c", "-m", "-e", "-p", "--eval", "--print"].contains(argument) { return nil }
            if argument.hasPrefix("-") { continue }
            guard !argument.contains("$"), InterpreterScript.isScriptName(Paths.basename(argument)) else { return nil }
            return (argument, false)
        }
        return nil
    }

    /// The Python/JavaScript file of the repository behind `path` in the container, like `script(_:…)`.
    static func interpreterScript(
        _ path: String, target: ProbeTarget, mounts: [ComposeBindMount], images: ImageIndex
    ) -> InterpreterScript? {
        repositoryFile(
            path, target: target, mounts: mounts, images: images, at: images.scripts.interpreterScript(at:),
            near: images.scripts.interpreterScript(near:candidates:))
    }

    /// The followed file as a command of its own: the programs it starts (`subprocess.run(["curl", …])`,
    /// `os.system("…")`, `execSync("…")`), its `#!` interpreter when run directly, and its loopback URLs and
    /// connections (`HTTPConnection("localhost", 8000)`) for the port rules.
    func following(_ script: InterpreterScript, direct: Bool, images: ImageIndex) -> InContainerCommand {
        var scriptUses: [ProgramUse] = []
        if direct, let interpreter = Self.interpreter(of: script.file, source: images.model.sources[script.file]) {
            scriptUses.append(interpreter)
        }
        for call in script.calls {
            switch call.command {
            case .argv(let items):
                scriptUses += ProgramUses.inArgv(items.map(Self.word))
            case .shell(let item):
                let text = EmbeddedText(file: item.location.file, text: item.value, start: item.location.start)
                scriptUses += ProgramUses.inScript(ShellParser.parse(text))
            }
        }
        var words = script.strings.map(Self.word)
        // Connections written as arguments are matched line by line; a line holding a URL has it as a string.
        for (index, line) in script.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.contains("://") && ProbeURL.loopbackHosts.contains(where: { line.contains($0) }) {
            words.append(
                TextWord(
                    value: String(line), location: SourceLocation(file: script.file, line: index + 1, column: 1),
                    quoted: false))
        }
        return InContainerCommand(
            kind: kind, file: script.file, target: target, uses: scriptUses, words: words, location: location,
            invocation: nil, runBy: location)
    }

    static func word(_ literal: LiteralString) -> TextWord {
        TextWord(value: literal.value, location: literal.location, quoted: false)
    }
}
