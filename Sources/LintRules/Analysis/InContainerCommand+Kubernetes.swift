import DeployModel
import ShellSyntax
import ShipshapeCore

extension InContainerCommand {
    /// Kubernetes `exec` probes and `lifecycle` hooks: run in the container without a shell, like a
    /// compose exec-form test.
    static func kubernetesCommands(model: DeploymentModel, targets: TargetResolver) -> [InContainerCommand] {
        var commands: [InContainerCommand] = []
        for file in model.kubernetesFiles {
            for workload in file.workloads {
                for container in workload.containers + workload.initContainers {
                    var execs: [(key: String, command: [EmbeddedText], location: SourceLocation)] = []
                    for probe in container.probes {
                        if case .exec(let command) = probe.action {
                            execs.append((probe.kind.rawValue, command, probe.location))
                        }
                    }
                    execs += container.hooks.map { ($0.name, $0.command, $0.location) }
                    for exec in execs where !exec.command.isEmpty {
                        let words = exec.command.map(TextWord.init)
                        let command = InContainerCommand(
                            kind: .kubernetes(exec.key), file: file.path,
                            target: targets.target(of: container, in: workload, file: file.path),
                            uses: ProgramUses.inArgv(words), words: allWords(words), location: exec.location,
                            invocation: nil)
                        commands.append(command)
                        // A script the image's build copied (`/app/healthcheck.py`) runs in the container too.
                        commands += command.followingScripts(images: targets.images)
                    }
                }
            }
        }
        return commands
    }
}

extension TargetResolver {
    /// The image of a Kubernetes container: the repository's own build when its name is one the
    /// repository builds (compose `build`+`image`, workflow tags), else the reference itself.
    func target(of container: KubernetesContainer, in workload: KubernetesWorkload, file: String) -> ProbeTarget {
        let name = container.name?.value ?? "?"
        let label = "container \"\(name)\" of \(workload.label)"
        guard let image = container.image else { return ProbeTarget(label: label, candidates: []) }
        let source = images.builtSource(forImage: image.value) ?? .reference(image.value)
        return ProbeTarget(
            label: label,
            candidates: [
                TargetImage(
                    via: "image \(image.value) in \(file)", source: source, definition: image.location,
                    declaredPorts: KubernetesPorts.listening(container))
            ])
    }
}

extension TextWord {
    /// A word whose text is already positioned in its file (a YAML list item).
    init(_ text: EmbeddedText) {
        self.text = text
        location = text.location(of: 0..<text.scalars.count)
    }
}
