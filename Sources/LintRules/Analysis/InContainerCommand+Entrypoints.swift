import DeployModel
import DockerfileSyntax
import ImageKnowledge
import ShellSyntax
import ShipshapeCore

extension InContainerCommand {
    /// The script of the repository that an image starts with — its `ENTRYPOINT` (else `CMD`) runs a file the
    /// build copied, directly or behind a wrapper (`["/sbin/tini", "--", "/entrypoint.sh"]`, `sh -c
    /// /start.sh`) — runs in that image: it is followed like a health check's script (its programs and `#!`
    /// interpreter). Only final stages count (a stage another builds on or copies from is not started), and
    /// the entrypoint's own program is not checked (an application started by name is no probe).
    static func entrypointScripts(model: DeploymentModel, images: ImageIndex) -> [InContainerCommand] {
        var commands: [InContainerCommand] = []
        for dockerfile in model.dockerfiles {
            let used = CopiedBinaryMissingLibrariesRule.usedStages(of: dockerfile)
            for stage in dockerfile.stages where !used.contains(stage.index) {
                let chain = dockerfile.ancestry(of: stage)
                guard let (form, location) = startCommand(of: chain) else { continue }
                let words: [TextWord]
                switch form {
                case .exec(let items):
                    words = items.map { TextWord(value: $0.value, location: $0.location, quoted: true) }
                case .shell(let text):
                    words = scriptWords(ShellParser.parse(text))
                }
                let uses = scriptCandidates(words)
                let command = InContainerCommand(
                    kind: .entrypoint, file: dockerfile.path, target: stageTarget(stage, in: dockerfile),
                    uses: uses, words: words, location: location, invocation: nil)
                commands += command.followingScripts(images: images)
            }
        }
        return commands
    }

    /// Every word may name the script, since a wrapper (tini, dumb-init, gosu) runs it; a shell's operand
    /// (`sh /start.sh`) is the shell's use, so the script's `#!` line is not what runs it.
    static func scriptCandidates(_ words: [TextWord]) -> [ProgramUse] {
        var uses: [ProgramUse] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard !word.value.hasPrefix("-"), !word.value.isEmpty else { continue }
            var arguments: [String] = []
            if ScriptRun.shells.contains(Paths.basename(word.value)) {
                let rest = words[index...].map(\.value)
                if rest.contains("-c") { break }
                if let operand = rest.firstIndex(where: { !$0.hasPrefix("-") }) {
                    arguments = Array(rest[...operand])
                    index += operand + 1
                }
            }
            uses.append(
                ProgramUse(
                    name: Paths.basename(word.value), location: word.location, arguments: arguments,
                    alternatives: [], guardedBy: []))
        }
        return uses
    }

    /// The `ENTRYPOINT` along the chain (the last one), else the `CMD`, with where it is written.
    static func startCommand(of chain: [Stage]) -> (CommandForm, SourceLocation)? {
        for keyword in ["ENTRYPOINT", "CMD"] {
            for stage in chain.reversed() {
                if let instruction = stage.instructions.last(where: { $0.keyword == keyword }),
                    let form = instruction.command
                {
                    return (form, instruction.location)
                }
            }
        }
        return nil
    }
}
