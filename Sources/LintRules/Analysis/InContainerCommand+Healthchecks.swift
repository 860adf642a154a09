import DeployModel
import DockerfileSyntax
import ShellSyntax
import ShipshapeCore

extension InContainerCommand {
    static func composeHealthchecks(model: DeploymentModel, targets: TargetResolver) -> [InContainerCommand] {
        var commands: [InContainerCommand] = []
        for file in model.composeFiles {
            for service in file.services {
                guard let healthcheck = service.healthcheck, !healthcheck.disabled, let test = healthcheck.test else {
                    continue
                }
                let (uses, words) = analyze(test)
                let command = InContainerCommand(
                    kind: .composeHealthcheck, file: file.path,
                    target: targets.target(ofService: service, in: file),
                    uses: uses, words: words, location: healthcheck.location, invocation: nil)
                commands.append(command)
                commands += command.followingScripts(mounts: service.bindMounts, images: targets.images)
            }
        }
        return commands
    }

    /// Uses and words of a compose healthcheck test: exec words or a shell command.
    static func analyze(_ test: ComposeCommand) -> ([ProgramUse], [TextWord]) {
        switch test {
        case .exec(let items):
            let words = items.map(ComposeWords.word)
            return (ProgramUses.inArgv(words), allWords(words))
        case .shell(let text):
            let script = ShellParser.parse(text)
            return (ProgramUses.inScript(script), scriptWords(script))
        }
    }

    static func dockerfileHealthchecks(model: DeploymentModel, images: ImageIndex) -> [InContainerCommand] {
        var commands: [InContainerCommand] = []
        for dockerfile in model.dockerfiles {
            for stage in dockerfile.stages {
                guard let healthcheck = stage.healthcheck, case .command(let form) = healthcheck.test else { continue }
                let uses: [ProgramUse]
                let words: [TextWord]
                switch form {
                case .exec(let items):
                    words = items.map { TextWord(value: $0.value, location: $0.location, quoted: true) }
                    uses = ProgramUses.inArgv(words)
                case .shell(let text):
                    let script = ShellParser.parse(text)
                    uses = ProgramUses.inScript(script)
                    words = scriptWords(script)
                }
                let command = InContainerCommand(
                    kind: .dockerfileHealthcheck, file: dockerfile.path,
                    target: stageTarget(stage, in: dockerfile),
                    uses: uses, words: words, location: healthcheck.location, invocation: nil)
                commands.append(command)
                commands += command.followingScripts(images: images)
            }
        }
        return commands
    }

    /// A stage as what a command runs in: `stage "runtime" of Dockerfile`.
    static func stageTarget(_ stage: Stage, in dockerfile: Dockerfile) -> ProbeTarget {
        let label =
            stage.name.map { "stage \"\($0)\" of \(dockerfile.path)" } ?? "stage \(stage.index) of \(dockerfile.path)"
        let image = TargetImage(
            via: label,
            source: .build(dockerfile: dockerfile.path, target: stage.name ?? String(stage.index), args: [:]),
            definition: nil, declaredPorts: [])
        return ProbeTarget(label: label, candidates: [image])
    }

    /// `services: x: options: --health-cmd "pg_isready"` in workflow jobs.
    static func serviceHealthCommands(model: DeploymentModel) -> [InContainerCommand] {
        var commands: [InContainerCommand] = []
        for workflow in model.workflows {
            for job in workflow.jobs {
                for service in job.services {
                    guard let options = service.options, let image = service.image?.value,
                        let healthCommand = healthCommandText(in: options)
                    else { continue }
                    let script = ShellParser.parse(healthCommand)
                    let target = ProbeTarget(
                        label: "service container \"\(service.name)\" (\(image))",
                        candidates: [
                            TargetImage(
                                via: "job \(job.id) service \(service.name)", source: .reference(image),
                                definition: service.location, declaredPorts: [])
                        ])
                    commands.append(
                        InContainerCommand(
                            kind: .serviceHealthCommand, file: workflow.path, target: target,
                            uses: ProgramUses.inScript(script), words: scriptWords(script),
                            location: healthCommand.location(of: 0..<healthCommand.scalars.count), invocation: nil))
                }
            }
        }
        return commands
    }

    /// The text after `--health-cmd` (or `--health-cmd=`), positioned in the workflow.
    static func healthCommandText(in options: EmbeddedText) -> EmbeddedText? {
        let words = ShellParser.parse(options).commands.flatMap(\.words)
        for (index, word) in words.enumerated() {
            if word.literal == "--health-cmd", index + 1 < words.count { return words[index + 1].unquoted }
            if word.value.hasPrefix("--health-cmd=") {
                let prefix = "--health-cmd=".unicodeScalars.count
                return word.unquoted.slice(prefix..<word.unquoted.scalars.count)
            }
        }
        return nil
    }
}
