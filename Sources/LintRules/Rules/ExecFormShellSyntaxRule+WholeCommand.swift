import DeployModel
import Foundation
import ShipshapeCore

extension ExecFormShellSyntaxRule {
    /// A whole command line written as the program element (`["CMD", "wget -q -O- http://x || exit 1"]`):
    /// exec form looks for a program whose name holds the spaces, and never finds it.
    ///
    /// Only where the first element is certainly the program: healthchecks, `RUN`, `ENTRYPOINT`,
    /// Kubernetes `command:`, probes and hooks. A Dockerfile `CMD` or compose `command:` list may be
    /// arguments of an entrypoint (`ENTRYPOINT ["/bin/sh", "-c"]` + `CMD ["exec …"]` is correct), so
    /// those are left alone.
    func wholeCommandInOneElement(_ command: ExecFormCommand) -> Finding? {
        guard command.firstWordIsProgram, let first = command.words.first else { return nil }
        let value = first.value
        let parts = value.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count > 1, let head = parts.first,
            head.range(of: #"^[A-Za-z0-9_./+-]+$"#, options: .regularExpression) != nil,
            !value.hasPrefix(" ")
        else { return nil }
        let message =
            "the whole command `\(value)` is one element of this \(command.label): exec form runs no shell and "
            + "looks for a program named `\(value)`, spaces included, which fails with \"executable file not found\""
        let words = parts.map { "\"\($0)\"" }.joined(separator: ", ")
        return finding(
            message, at: first.location, related: [],
            fix: "give each argument its own element ([\(words)]), or \(command.shellRewrite())")
    }

    /// `["sh", "-c", "curl -f http://x", "||", "exit 1"]`: the shell reads only its script; what follows
    /// are positional parameters (`$0`, `$1`), so the `||` does nothing.
    func operatorsAfterShellScript(_ command: ExecFormCommand) -> Finding? {
        let words = command.words
        guard let shellIndex = words.firstIndex(where: { ProgramUses.shells.contains($0.programName ?? "") }),
            let flagIndex = words[(shellIndex + 1)...].firstIndex(where: {
                $0.value.hasPrefix("-") && !$0.value.hasPrefix("--") && $0.value.contains("c")
            }),
            flagIndex + 2 < words.count
        else { return nil }
        let after = words[(flagIndex + 2)...]
        guard let first = after.first(where: { Self.operators.contains($0.value) }) else { return nil }
        let script = words[flagIndex + 1].value
        let message =
            "`\(first.value)` comes after the script of `\(words[shellIndex].value) \(words[flagIndex].value)`: "
            + "the shell runs only `\(script)` and takes the rest as positional parameters ($0, $1…), so `\(first.value)` does nothing"
        let whole = ([script] + after.map(\.value)).joined(separator: " ")
        return finding(
            message, at: first.location, related: [],
            fix: "put it inside the script: \"\(whole)\"")
    }
}

extension ExecFormCommand {
    /// True when the list's first element is the program that runs (not an entrypoint's argument).
    var firstWordIsProgram: Bool {
        switch kind {
        case .dockerfileInstruction(let keyword): keyword != "CMD"
        case .dockerfileHealthcheck, .composeHealthcheck, .composeEntrypoint, .kubernetesCommand, .kubernetesProbe,
            .kubernetesHook:
            true
        case .composeCommand: false
        }
    }
}
