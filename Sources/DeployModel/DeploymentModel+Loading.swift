import DockerfileSyntax
import Foundation
import ShellSyntax
import ShipshapeCore
import SourceSyntax

extension DeploymentModel {
    /// How many Python/JavaScript files sharing one base name a deploy file names are read at most.
    static let interpreterScriptsPerName = 32

    /// A file to build the model from: its display path, kind and text.
    public struct Input: Sendable {
        public let path: String
        public let kind: FileKind
        public let text: String
        /// True when the user named the file; see `DiscoveredFile.namedByUser`.
        public let namedByUser: Bool

        public init(path: String, kind: FileKind, text: String, namedByUser: Bool = false) {
            self.path = path
            self.kind = kind
            self.text = text
            self.namedByUser = namedByUser
        }
    }

    /// How many nginx configurations a run reads at most.
    static let nginxConfigLimit = 64

    /// The nginx configurations whose name a file read names (`COPY nginx/default.conf …`, a bind mount), read;
    /// the others are never opened.
    static func namedConfigs(_ files: [DiscoveredFile], namedIn inputs: [Input]) -> [Input] {
        guard !files.isEmpty else { return [] }
        let named = inputs.reduce(into: Set<String>()) { $0.formUnion(configNames(in: $1.text)) }
        var read: [Input] = []
        for file in files where read.count < nginxConfigLimit {
            guard named.contains((file.displayPath as NSString).lastPathComponent),
                case .success(let text) = SourceLoader.load(path: file.path, displayPath: file.displayPath)
            else { continue }
            read.append(Input(path: file.displayPath, kind: .nginxConfig, text: text))
        }
        return read
    }

    /// The base names of the `*.conf`/`*.conf.template` paths a text writes (`./nginx/default.conf:/etc/…`).
    static func configNames(in text: String) -> Set<String> {
        guard text.contains(".conf") else { return [] }
        let separators: Set<Character> = [" ", "\t", "\n", "\r", "\"", "'", ":", ",", "[", "]", "=", "(", ")", ";"]
        var names: Set<String> = []
        for token in text.split(whereSeparator: { separators.contains($0) }) {
            let lowered = token.lowercased()
            guard lowered.hasSuffix(".conf") || lowered.hasSuffix(".conf.template") else { continue }
            names.insert(String(token.split(separator: "/").last ?? token))
        }
        return names
    }

    /// Reads and parses discovered files; unreadable files become problems, never errors.
    /// An `.interpreterScript` is read only when a file read first names it (`python /app/healthcheck.py`).
    public static func load(_ files: [DiscoveredFile]) -> DeploymentModel {
        var inputs: [Input] = []
        var skipped: [ModelProblem] = []
        let scripts = files.filter { $0.kind == .interpreterScript }
        let nginxConfigs = files.filter { $0.kind == .nginxConfig }
        var named: (paths: Set<String>, names: Set<String>)?
        var readPerName: [String: Int] = [:]
        for file in files.filter({ $0.kind != .interpreterScript && $0.kind != .nginxConfig }) + scripts {
            if file.kind == .interpreterScript {
                let paths =
                    named?.paths
                    ?? inputs.reduce(into: Set<String>()) { $0.formUnion(InterpreterScript.scriptPaths(in: $1.text)) }
                let names = named?.names ?? InterpreterScript.namesToRead(paths)
                named = (paths, names)
                let name = (file.displayPath as NSString).lastPathComponent
                guard names.contains(name) else { continue }
                // `node index.js` in a JavaScript monorepo names thousands of files: a few dozen per name are
                // read, never the whole tree — but always one whose folder and name a deploy file writes out
                // (`/app/src/api/index.js` for `src/api/index.js`).
                let tail = file.displayPath.split(separator: "/").suffix(2).joined(separator: "/")
                let written = tail.contains("/") && paths.contains { $0 == tail || $0.hasSuffix("/" + tail) }
                guard written || readPerName[name, default: 0] < Self.interpreterScriptsPerName else { continue }
                readPerName[name, default: 0] += 1
                guard case .success(let text) = SourceLoader.load(path: file.path, displayPath: file.displayPath) else {
                    continue
                }
                inputs.append(Input(path: file.displayPath, kind: file.kind, text: text))
                continue
            }
            switch SourceLoader.load(path: file.path, displayPath: file.displayPath) {
            case .success(let text):
                inputs.append(
                    Input(path: file.displayPath, kind: file.kind, text: text, namedByUser: file.namedByUser))
            case .failure(let problem):
                // A compose file, workflow or Dockerfile the gate could not read must not pass it: lint
                // cannot vouch for what it never read. Other skipped files stay warnings.
                let unreadDeployFile =
                    [.compose, .workflow, .dockerfile].contains(file.kind) && !SourceLoader.isReadableSize(file.path)
                skipped.append(
                    ModelProblem(
                        location: problem.location,
                        message: problem.message
                            + (unreadDeployFile ? " — its services and checks were not linted" : ""),
                        severity: unreadDeployFile ? .error : .warning, skippedFile: true))
            }
        }
        inputs += namedConfigs(nginxConfigs, namedIn: inputs)
        var model = build(inputs)
        model.problems = skipped + model.problems
        var checked: Set<String> = []
        for file in files where file.kind == .workflow {
            guard let disk = file.path.range(of: ".github/workflows/"),
                let shown = file.displayPath.range(of: ".github/workflows/")
            else { continue }
            var root = String(file.displayPath[..<shown.lowerBound])
            if root.hasSuffix("/") { root.removeLast() }
            guard checked.insert(root).inserted else { continue }
            var checkout = String(file.path[..<disk.lowerBound])
            if checkout.hasSuffix("/") && checkout.count > 1 { checkout.removeLast() }
            if let repository = GitRemote.repository(ofCheckoutAt: checkout) {
                model.gitHubRepositories[root] = repository
            }
        }
        return model
    }

    /// Parses in-memory files (used by `load` and by rule examples).
    public static func build(_ inputs: [Input]) -> DeploymentModel {
        var model = DeploymentModel()
        for input in inputs { model.sources[input.path] = input.text }
        // Every `.env` serves compose interpolation first; whether a malformed one was meant as a
        // `.env` file is settled once the compose files say which they read.
        for input in inputs where input.kind == .dotenv {
            model.envFiles.append(DotenvParser.parse(path: input.path, text: input.text))
        }
        for input in inputs {
            switch input.kind {
            case .dotenv, .helmChart, .helmValues, .helmTemplate: continue
            case .interpreterScript:
                guard let language = SourceLanguage(path: input.path) else { continue }
                model.interpreterScripts[input.path] = InterpreterScript(
                    file: input.path, text: input.text, language: language)
            case .dockerfile: model.addDockerfile(input)
            case .compose: model.addCompose(input)
            case .workflow: model.addWorkflow(input)
            case .action: model.addAction(input)
            case .kubernetes: model.addKubernetes(input)
            case .applicationSource:
                guard let language = SourceLanguage(path: input.path) else { continue }
                if language != .go {
                    model.interpreterScripts[input.path] = InterpreterScript(
                        file: input.path, text: input.text, language: language)
                }
                model.applicationSources.append(
                    SourceFacts.read(file: input.path, text: input.text, language: language))
            case .nginxConfig:
                model.nginxConfigs[input.path] = NginxConfig.parse(file: input.path, text: input.text)
            case .shellScript:
                let script = ShellParser.parse(EmbeddedText(file: input.path, text: input.text))
                model.shellUnits.append(ShellUnit(file: input.path, origin: .scriptFile, script: script))
            case .makefile:
                for recipe in MakefileRecipes.scripts(path: input.path, text: input.text) {
                    model.shellUnits.append(
                        ShellUnit(file: input.path, origin: .scriptFile, script: ShellParser.parse(recipe)))
                }
            case .packageScripts:
                for command in PackageScripts.scripts(path: input.path, text: input.text) {
                    model.shellUnits.append(
                        ShellUnit(file: input.path, origin: .scriptFile, script: ShellParser.parse(command)))
                }
            }
        }
        model.addHelmCharts(inputs)
        model.settleEnvFiles(inputs)
        model.resolveExtends()
        return model
    }

    mutating func record(_ problems: [ParseProblem], severity: Severity = .error) {
        self.problems += problems.map { ModelProblem(location: $0.location, message: $0.message, severity: severity) }
    }

    mutating func addDockerfile(_ input: Input) {
        let dockerfile = DockerfileParser.parse(path: input.path, text: input.text)
        if !input.namedByUser, dockerfile.stages.isEmpty {
            skip(input, as: "Dockerfile", because: "it has no `FROM` instruction")
            return
        }
        dockerfiles.append(dockerfile)
        problems += dockerfile.diagnostics.map {
            ModelProblem(location: $0.location, message: "Dockerfile: \($0.message)", severity: .warning)
        }
    }

    mutating func addCompose(_ input: Input) {
        let directory = (input.path as NSString).deletingLastPathComponent
        let dotenvPath = directory.isEmpty ? ".env" : directory + "/.env"
        var environment: [String: String] = [:]
        for entry in envFiles.first(where: { $0.path == dotenvPath })?.entries ?? [] {
            environment[entry.key] = entry.value
        }
        let file = ComposeParser.parse(path: input.path, text: input.text, environment: environment)
        // A template (Jinja, Go) that does not even parse: nothing in it was read, so it is not the
        // user's compose file but its source. One that parses is linted as usual.
        if !input.namedByUser, file.services.isEmpty, !file.problems.isEmpty, TemplateMarkers.isTemplate(input.text) {
            skip(input, as: "compose file", because: "it is a template (`{{ … }}`) that does not parse as YAML")
            return
        }
        composeFiles.append(file)
        // An unset `${VAR:?}` is normal at lint time — secrets arrive with the deploy — so only
        // real syntax problems are errors; a value left unknown by an unset variable is a note.
        let problems = file.problems.filter { !$0.message.hasPrefix(ComposeInterpolator.requiredVariablePrefix) }
        let unset = problems.filter { $0.message.hasPrefix(ComposeInterpolator.unsetVariablePrefix) }
        record(problems.filter { !$0.message.hasPrefix(ComposeInterpolator.unsetVariablePrefix) })
        record(unset, severity: .note)
    }

    mutating func addKubernetes(_ input: Input) {
        let file = KubernetesParser.parse(path: input.path, text: input.text)
        if !input.namedByUser, file.workloads.isEmpty, file.services.isEmpty, !file.problems.isEmpty,
            TemplateMarkers.isTemplate(input.text)
        {
            skip(input, as: "Kubernetes manifest", because: "it is a template (`{{ … }}`) that does not parse as YAML")
            return
        }
        kubernetesFiles.append(file)
        record(file.problems)
    }

    /// A file found by its name or a content sniff that is not what it seemed: one note, no errors.
    mutating func skip(_ input: Input, as kind: String, because reason: String) {
        problems.append(
            ModelProblem(
                location: SourceLocation(file: input.path, line: 1, column: 1),
                message: "not read as a \(kind): \(reason)", severity: .note))
    }

    mutating func addWorkflow(_ input: Input) {
        let workflow = WorkflowParser.parse(path: input.path, text: input.text)
        record(workflow.problems)
        addSteps(of: workflow)
    }

    /// An `action.yml` found by name whose YAML has no top-level `runs:` mapping is some other file: one note.
    mutating func addAction(_ input: Input) {
        let (action, steps) = GitHubActionParser.parse(path: input.path, text: input.text)
        if !input.namedByUser, action.runsLocation == nil {
            skip(input, as: "GitHub Action", because: "it has no top-level `runs:`")
            return
        }
        actions.append(action)
        record(action.problems)
        if let steps { addSteps(of: steps) }
    }

    /// Adds a workflow (or a composite action's steps) and the shell scripts of its steps.
    mutating func addSteps(of workflow: Workflow) {
        workflows.append(workflow)
        for job in workflow.jobs {
            for step in job.steps {
                if let run = step.run, Self.isPOSIXShell(step.shell) {
                    let script = ShellParser.parse(run)
                    shellUnits.append(
                        ShellUnit(
                            file: workflow.path, origin: .workflowStep(job: job.id, step: step.index), script: script))
                }
                if let remote = step.script {
                    let script = ShellParser.parse(remote)
                    shellUnits.append(
                        ShellUnit(
                            file: workflow.path, origin: .remoteScript(job: job.id, step: step.index), script: script))
                }
            }
        }
    }

    /// GitHub's default shell on Linux is bash; `pwsh`, `python`, `cmd` steps are not shell scripts.
    static func isPOSIXShell(_ shell: String?) -> Bool {
        guard let shell, let program = shell.split(separator: " ").first else { return true }
        let name = program.split(separator: "/").last.map(String.init) ?? ""
        return ["bash", "sh", "dash", "ash", "zsh", "ksh"].contains(name)
    }
}
