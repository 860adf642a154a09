import DeployModel
import DockerfileSyntax
import ShipshapeCore

extension InContainerCommand {
    /// What a Docker action (`action.yml`, `runs.using: docker`) starts in its image: `runs.entrypoint` (with
    /// `runs.args`), `pre-entrypoint` and `post-entrypoint`. GitHub runs each as `docker run --entrypoint
    /// PROGRAM IMAGE ARGS…`, so the program must be in the image — the action's Dockerfile (its last stage,
    /// as `docker build` without `--target` builds), or the `docker://` reference — and a script of the
    /// repository the Dockerfile copies is followed into like a health check's. Without an `entrypoint:` the
    /// image's own `ENTRYPOINT` runs, which `entrypointScripts` already follows.
    static func actionEntrypoints(model: DeploymentModel, images: ImageIndex) -> [InContainerCommand] {
        var commands: [InContainerCommand] = []
        for action in model.actions where action.isDocker {
            guard let target = actionTarget(action, images: images) else { continue }
            let starts = [(action.entrypoint, action.args), (action.preEntrypoint, []), (action.postEntrypoint, [])]
            for case (let program?, let arguments) in starts where !program.value.isEmpty {
                let words = ([program] + arguments).map(ComposeWords.word)
                // Only the program itself (and `sh -c SCRIPT`'s programs); an argument is no program.
                let command = InContainerCommand(
                    kind: .actionEntrypoint, file: action.path, target: target, uses: ProgramUses.inArgv(words),
                    words: allWords(words), location: program.location, invocation: nil)
                commands.append(command)
                let scripts = InContainerCommand(
                    kind: .actionEntrypoint, file: action.path, target: target, uses: scriptCandidates(words),
                    words: words, location: program.location, invocation: nil)
                commands += scripts.followingScripts(images: images)
            }
        }
        return commands
    }

    /// The image a Docker action runs: its Dockerfile's last stage when the Dockerfile was read, else the
    /// `docker://` reference; nil when neither is known (an expression, a Dockerfile outside the lint).
    static func actionTarget(_ action: GitHubAction, images: ImageIndex) -> ProbeTarget? {
        if let reference = action.imageReference, !reference.contains("${{") {
            let label = "Docker action \(action.path)"
            let image = TargetImage(
                via: "runs.image of \(action.path)", source: .reference(reference), definition: action.image?.location,
                declaredPorts: [])
            return ProbeTarget(label: label, candidates: [image])
        }
        guard let path = action.dockerfilePath, let dockerfile = images.dockerfiles[path],
            let stage = dockerfile.stages.last
        else { return nil }
        let target = stageTarget(stage, in: dockerfile)
        return ProbeTarget(label: "Docker action \(action.path) (\(target.label))", candidates: target.candidates)
    }
}
