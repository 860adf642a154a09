import ShellSyntax
import ShipshapeCore

/// `docker exec c cd /app`, `export`, `source`...: shell builtins run without a shell.
struct ExecShellBuiltinRule: Rule {
    static let description = RuleDescription(
        identifier: "exec-shell-builtin",
        name: "Shell builtin run without a shell",
        summary:
            "`docker exec`, `compose exec` or `docker run` runs a shell builtin (`cd`, `export`, `source`...) as a program.",
        rationale: """
            `docker exec api cd /app && ./migrate` does not change directory inside the container: there is \
            no shell there to run `cd` — Docker looks for a program called `cd` and fails with "executable file \
            not found in $PATH" (or, where a `/usr/bin/cd` wrapper exists, changes the directory of a process \
            that exits at once), and `&& ./migrate` then runs on the host. The same holds for `export`, \
            `source`, `.`, `alias`, `set`, `ulimit`, `umask`, `unset`, `shopt`, `pushd`, `eval`... Run them \
            inside a shell (`docker exec api sh -c 'cd /app && ./migrate'`) or use Docker's own options: \
            `-w /app` instead of `cd`, `-e KEY=value` instead of `export`. Builtins that also exist as \
            programs (`echo`, `test`, `kill`, `pwd`, `true`) are not reported.
            """,
        severity: .error,
        nonTriggering: ExecShellBuiltinExamples.nonTriggering,
        triggering: ExecShellBuiltinExamples.triggering)

    /// Builtins with no program of the same name in ordinary images.
    static let builtins: Set<String> = [
        "cd", "export", "source", ".", "alias", "unalias", "set", "unset", "ulimit", "umask", "shopt", "pushd",
        "popd", "eval", "declare", "typeset", "local", "readonly", "trap", "let", "history", "exec",
    ]

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for located in context.invocations {
            let invocation = located.invocation
            guard let first = invocation.arguments.first, let name = first.literal,
                Self.builtins.contains(name)
            else { continue }
            let target = TargetResolver.label(located.targetName)
            let message =
                "`\(name)` is a shell builtin: \(invocation.form) \(target) runs it as a program, without a shell"
                + Self.consequence(name)
            findings.append(
                finding(message, at: first.location, fix: Self.fix(name, invocation: invocation)))
        }
        return findings
    }

    static func consequence(_ name: String) -> String {
        switch name {
        case "cd", "pushd": "; the directory does not change for anything after it"
        case "export", "set", "unset", "source", ".", "alias", "ulimit", "umask":
            "; nothing it sets survives the command"
        default: ""
        }
    }

    static func fix(_ name: String, invocation: ContainerInvocation) -> String {
        let words = invocation.arguments.map(\.value)
        let script = words.joined(separator: " ")
        let sh = "run it in a shell: `\(invocation.form) ... sh -c '\(script) && ...'`"
        switch name {
        case "cd" where words.count > 1: return "use `\(invocation.form) -w \(words[1]) ...`, or \(sh)"
        case "export" where words.count > 1: return "use `\(invocation.form) -e \(words[1]) ...`, or \(sh)"
        default: return sh
        }
    }
}

extension TargetResolver {
    /// `api`, or the word as written when it is not static.
    static func label(_ word: ShellWord) -> String { word.literal ?? word.raw }
}
