import Foundation
import ShipshapeCore

/// Shell operators or `$VAR` inside an exec-form command, where no shell interprets them.
struct ExecFormShellSyntaxRule: Rule {
    static let description = RuleDescription(
        identifier: "exec-form-shell-syntax",
        name: "Shell syntax in an exec-form command",
        summary:
            "An exec-form command (a JSON or YAML list) contains `||`, `&&`, `|`, `;`, a redirection or `$VAR`, which no shell will interpret.",
        rationale: """
            `HEALTHCHECK CMD ["curl", "-f", "http://localhost/", "||", "exit", "1"]` runs curl directly, \
            with `||`, `exit` and `1` as three more URLs to fetch: the check fails (or passes) for reasons \
            that have nothing to do with the service. The same holds for Dockerfile `CMD`/`ENTRYPOINT`/`RUN` \
            in JSON form, compose `healthcheck.test: ["CMD", ...]` and compose `command:`/`entrypoint:` \
            lists: without a shell, `&&`, `|`, `;`, `>`, `2>&1` and `$HOME` reach the program as literal \
            arguments. Use the shell form (`CMD-SHELL`, `HEALTHCHECK CMD curl ... || exit 1`) or run the \
            command through `["sh", "-c", "..."]` — or, for `|| exit 1`, drop it: a non-zero exit already \
            fails a health check. Lists that already start a shell (`sh -c`), `find ... -exec ... ;`, and \
            programs that read `$` themselves (awk, envsubst, jq, perl, python...) are not reported. \
            (Compose substitutes `${VAR}` itself; only `$$VAR`, which compose leaves as `$VAR`, is reported \
            there.) A whole command line written as one element (`["CMD", "wget -q … || exit 1"]`) names a \
            program with spaces in it, which does not exist; an operator after `sh -c SCRIPT` is only a \
            positional parameter; and a JSON array that is not valid JSON (a missing comma, single quotes) \
            is run by Docker through `/bin/sh`, where `[` fails. A Dockerfile `CMD` or compose `command:` \
            list may be the arguments of an entrypoint, so its first element is not taken as the program.
            """,
        severity: .error,
        nonTriggering: ExecFormShellSyntaxExamples.nonTriggering + ExecFormShellSyntaxCommandExamples.nonTriggering,
        triggering: ExecFormShellSyntaxExamples.triggering + ExecFormShellSyntaxCommandExamples.triggering)

    /// Words that are shell operators when a shell reads them.
    static let operators: Set<String> = [
        "||", "&&", "|", ";", ">", ">>", "<", "2>&1", "1>&2", ">&2", "&>", "2>", "&", "|&",
    ]
    /// Programs whose own syntax uses `$`, `;` or `|` in arguments.
    static let ownSyntax: Set<String> = [
        "awk", "gawk", "mawk", "envsubst", "jq", "yq", "perl", "python", "python3", "node", "ruby", "php", "sed",
        "expr", "test", "[", "find", "xargs", "bc", "nginx", "java", "deno", "bun",
    ]

    func check(_ context: LintContext) -> [Finding] {
        ExecFormCommand.all(in: context.model).compactMap(check) + malformedJSONArrays(in: context.model)
    }

    func check(_ command: ExecFormCommand) -> Finding? {
        if let finding = wholeCommandInOneElement(command) { return finding }
        let programs = command.words.compactMap(\.programName)
        guard let program = command.words.first?.programName else { return nil }
        // A shell is started somewhere in the list (`tini -- sh -c "..."`): the script is shell text,
        // but operators after the script are only its positional parameters.
        if programs.contains(where: { ProgramUses.shells.contains($0) }) { return operatorsAfterShellScript(command) }
        if Self.ownSyntax.contains(program) { return nil }
        let offending = command.words.dropFirst().filter { Self.isShellSyntax($0.value) }
        guard let first = offending.first else { return nil }
        let quoted = offending.map { "`\($0.value)`" }
        let unique = quoted.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let message =
            "\(unique.joined(separator: ", ")) in this \(command.label) reach\(unique.count == 1 ? "es" : "") "
            + "\(program) as \(unique.count == 1 ? "a literal argument" : "literal arguments"): exec form runs no shell"
        var fix = command.shellRewrite()
        if let tail = Self.exitTail(command.words) {
            fix += ", or drop `\(tail)`: a non-zero exit status already fails"
        }
        return finding(message, at: first.location, related: [], fix: fix)
    }

    /// An operator, a redirection, or a `$NAME` / `${NAME}` expansion.
    static func isShellSyntax(_ word: String) -> Bool {
        if operators.contains(word) { return true }
        if word.range(of: #"^[0-9]?>{1,2}(&[0-9]|/\S*)$"#, options: .regularExpression) != nil { return true }
        guard !word.contains(" ") else { return false }
        return word.range(
            of: #"\$(\{[A-Za-z_][A-Za-z0-9_]*[}:?=+-]|[A-Za-z_][A-Za-z0-9_]*)"#, options: .regularExpression)
            != nil
    }

    /// `|| exit 1` at the end of the list.
    static func exitTail(_ words: [TextWord]) -> String? {
        let values = words.map(\.value)
        guard values.count >= 3, values[values.count - 3] == "||", values[values.count - 2] == "exit" else {
            return nil
        }
        return values.suffix(3).joined(separator: " ")
    }
}
