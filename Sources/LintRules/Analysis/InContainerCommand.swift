import DeployModel
import DockerfileSyntax
import ShellSyntax
import ShipshapeCore

/// A command that runs inside a container, from any file: `docker exec` in a workflow or script,
/// a compose `healthcheck`, a Dockerfile `HEALTHCHECK`, a GitHub service's `--health-cmd`, a
/// Kubernetes `exec` probe or `lifecycle` hook.
struct InContainerCommand: Sendable {
    enum Kind: Sendable, Hashable {
        case exec(form: String)
        case composeHealthcheck
        case dockerfileHealthcheck
        case serviceHealthCommand
        /// A Kubernetes `exec` probe or hook, by key: `livenessProbe`, `readinessProbe`, `startupProbe`,
        /// `postStart`, `preStop`.
        case kubernetes(String)
        /// A script of the repository an image's `ENTRYPOINT`/`CMD` starts.
        case entrypoint
        /// A Docker action's `runs.entrypoint` (or `pre-`/`post-entrypoint`) in `action.yml`.
        case actionEntrypoint
    }

    let kind: Kind
    let file: String
    let target: ProbeTarget
    /// The programs it runs.
    let uses: [ProgramUse]
    /// Every word of the command (for URLs and ports).
    let words: [TextWord]
    /// The whole command.
    let location: SourceLocation
    /// For `docker exec` and friends: the invocation.
    let invocation: ContainerInvocation?
    /// For a script a health check runs (`HEALTHCHECK CMD /healthcheck.sh`): the health check.
    var runBy: SourceLocation? = nil

    /// Describes where the command comes from, for messages.
    var origin: String {
        switch kind {
        case .exec(let form): form
        case .composeHealthcheck: "compose healthcheck"
        case .dockerfileHealthcheck: "HEALTHCHECK"
        case .serviceHealthCommand: "service --health-cmd"
        case .kubernetes(let key): "Kubernetes \(key)"
        case .entrypoint: "start command (ENTRYPOINT/CMD)"
        case .actionEntrypoint: "Docker action's entrypoint"
        }
    }

    static func collect(
        model: DeploymentModel, invocations: [LocatedInvocation], targets: TargetResolver
    ) -> [InContainerCommand] {
        var commands = invocations.map { located in
            let invocation = located.invocation
            let words = invocation.arguments.map(TextWord.init)
            let hostAlternatives = hostFallbackPrograms(invocation.hostCommand)
            let uses = ProgramUses.inArgv(words).map { use in
                ProgramUse(
                    name: use.name, location: use.location, arguments: use.arguments,
                    alternatives: use.alternatives + hostAlternatives, guardedBy: use.guardedBy,
                    decidesStatus: use.decidesStatus)
            }
            return InContainerCommand(
                kind: .exec(form: invocation.form), file: located.file,
                target: targets.resolve(invocation.target, in: located.file),
                uses: uses, words: allWords(words), location: invocation.hostCommand.location, invocation: invocation)
        }
        commands += composeHealthchecks(model: model, targets: targets)
        commands += dockerfileHealthchecks(model: model, images: targets.images)
        commands += entrypointScripts(model: model, images: targets.images)
        commands += actionEntrypoints(model: model, images: targets.images)
        commands += serviceHealthCommands(model: model)
        commands += kubernetesCommands(model: model, targets: targets)
        return commands
    }

    /// The probe programs run by `|| docker exec c curl ...` fallbacks of the host command.
    static func hostFallbackPrograms(_ command: SimpleCommand) -> [String] {
        command.context.alternatives.compactMap { words in
            let names = words.compactMap { TextWord($0).programName }
            guard let first = names.first else { return nil }
            if first == "docker" || first == "docker-compose" {
                return names.first { ProbeTools.all.contains($0) }
            }
            return ProgramUses.builtins.contains(first) ? nil : first
        }
    }

    /// The words of an argv plus, for `sh -c SCRIPT`, the words of the script's commands.
    static func allWords(_ words: [TextWord]) -> [TextWord] {
        var result = words
        if let first = words.first?.programName, ProgramUses.shells.contains(first),
            let script = ProgramUses.inlineScript(words.dropFirst()[...])
        {
            for command in ShellParser.parse(script).commands { result += command.words.map(TextWord.init) }
        }
        return result
    }

    static func scriptWords(_ script: ShellScript) -> [TextWord] {
        script.commands.flatMap { $0.words.map(TextWord.init) }
    }
}
