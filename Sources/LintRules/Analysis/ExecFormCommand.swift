import DeployModel
import DockerfileSyntax
import ShipshapeCore

/// A command written as a list of arguments that runs without a shell: Dockerfile JSON form,
/// compose lists, healthcheck `["CMD", ...]`.
///
/// Other manifest formats join here: a Kubernetes `command:`/`args:` array becomes one more
/// `ExecFormCommand` with its own `kind` and `fix`, and every rule over exec-form commands sees it.
struct ExecFormCommand: Sendable {
    enum Kind: Sendable, Hashable {
        case dockerfileInstruction(String)
        case dockerfileHealthcheck
        case composeHealthcheck
        case composeCommand
        case composeEntrypoint
        case kubernetesCommand
        case kubernetesProbe(String)
        case kubernetesHook(String)
    }

    let kind: Kind
    let words: [TextWord]
    /// Where the command is defined (the instruction or the compose key).
    let location: SourceLocation

    /// `HEALTHCHECK CMD [...]`, `compose healthcheck test ["CMD", ...]`...
    var label: String {
        switch kind {
        case .dockerfileInstruction(let keyword): "exec-form \(keyword)"
        case .dockerfileHealthcheck: "exec-form HEALTHCHECK CMD"
        case .composeHealthcheck: "healthcheck test [\"CMD\", ...]"
        case .composeCommand: "compose command list"
        case .composeEntrypoint: "compose entrypoint list"
        case .kubernetesCommand: "Kubernetes command/args list"
        case .kubernetesProbe(let kind): "Kubernetes \(kind) exec command"
        case .kubernetesHook(let name): "Kubernetes \(name) exec command"
        }
    }

    /// The same command written so a shell runs it.
    func shellRewrite() -> String {
        let line = words.map(\.value).joined(separator: " ")
        let quoted = line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        switch kind {
        case .dockerfileInstruction(let keyword): return "use the shell form `\(keyword) \(line)`"
        case .dockerfileHealthcheck: return "use the shell form `HEALTHCHECK CMD \(line)`"
        case .composeHealthcheck: return "use `test: [\"CMD-SHELL\", \"\(quoted)\"]`"
        case .composeCommand: return "run it through a shell: `command: [\"sh\", \"-c\", \"\(quoted)\"]`"
        case .composeEntrypoint: return "run it through a shell: `entrypoint: [\"sh\", \"-c\", \"\(quoted)\"]`"
        case .kubernetesCommand: return "run it through a shell: `command: [\"sh\", \"-c\", \"\(quoted)\"]`"
        case .kubernetesProbe, .kubernetesHook:
            return "run it through a shell: `exec: {command: [\"sh\", \"-c\", \"\(quoted)\"]}`"
        }
    }

    static func all(in model: DeploymentModel) -> [ExecFormCommand] {
        var commands: [ExecFormCommand] = []
        for dockerfile in model.dockerfiles {
            for stage in dockerfile.stages {
                for instruction in stage.instructions {
                    guard case .exec(let items)? = instruction.command, !items.isEmpty else { continue }
                    let kind: Kind
                    switch instruction.keyword {
                    case "RUN", "CMD", "ENTRYPOINT": kind = .dockerfileInstruction(instruction.keyword)
                    case "HEALTHCHECK": kind = .dockerfileHealthcheck
                    default: continue
                    }
                    let words = items.map { TextWord(value: $0.value, location: $0.location, quoted: true) }
                    commands.append(ExecFormCommand(kind: kind, words: words, location: instruction.location))
                }
            }
        }
        for file in model.composeFiles {
            for service in file.services {
                if case .exec(let items)? = service.healthcheck?.test, let healthcheck = service.healthcheck {
                    commands.append(composeCommand(.composeHealthcheck, items, at: healthcheck.location))
                }
                if case .exec(let items)? = service.command {
                    commands.append(composeCommand(.composeCommand, items, at: service.location))
                }
                if case .exec(let items)? = service.entrypoint {
                    commands.append(composeCommand(.composeEntrypoint, items, at: service.location))
                }
            }
        }
        commands += kubernetesCommands(in: model)
        return commands.filter { !$0.words.isEmpty }
    }

    /// Container `command` + `args` (when a command is given: `args` alone go to an unknown entrypoint),
    /// `exec` probes and `lifecycle` hooks.
    static func kubernetesCommands(in model: DeploymentModel) -> [ExecFormCommand] {
        var commands: [ExecFormCommand] = []
        for file in model.kubernetesFiles {
            for workload in file.workloads {
                for container in workload.containers + workload.initContainers {
                    if !container.command.isEmpty {
                        let words = (container.command + container.args).map(word)
                        commands.append(
                            ExecFormCommand(kind: .kubernetesCommand, words: words, location: container.location))
                    }
                    for probe in container.probes {
                        if case .exec(let items) = probe.action {
                            commands.append(
                                ExecFormCommand(
                                    kind: .kubernetesProbe(probe.kind.rawValue), words: items.map(word),
                                    location: probe.location))
                        }
                    }
                    for hook in container.hooks {
                        commands.append(
                            ExecFormCommand(
                                kind: .kubernetesHook(hook.name), words: hook.command.map(word), location: hook.location
                            ))
                    }
                }
            }
        }
        return commands
    }

    static func word(_ text: EmbeddedText) -> TextWord {
        TextWord(value: text.text, location: text.location(of: 0..<text.scalars.count), quoted: false)
    }

    static func composeCommand(_ kind: Kind, _ items: [Located<String>], at location: SourceLocation)
        -> ExecFormCommand
    {
        ExecFormCommand(kind: kind, words: items.map(ComposeWords.word), location: location)
    }
}
