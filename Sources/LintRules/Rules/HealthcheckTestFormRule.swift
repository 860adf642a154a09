import DeployModel
import Foundation
import ShipshapeCore

/// A compose healthcheck `test` whose form makes Docker run something else than what is written.
struct HealthcheckTestFormRule: Rule {
    static let description = RuleDescription(
        identifier: "healthcheck-test-form",
        name: "Healthcheck test in a form that runs something else",
        summary:
            "A compose healthcheck splits its `CMD-SHELL` command over several list elements (only the first runs), a string test starts with `CMD` (run by the shell as a program named `CMD`), or a test list lacks `CMD` (compose refuses the file).",
        rationale: """
            Docker runs `["CMD-SHELL", script, more...]` as `/bin/sh -c script more...`: only the first element \
            after `CMD-SHELL` is the script; the others become the script's positional parameters (`$0`, `$1`…) \
            and never reach the command. `["CMD-SHELL", "curl", "-f", "http://localhost:9091/healthz"]` runs \
            `curl` with no URL, which exits 2 on every interval (tox-dev/tox-docker#57 shows the health log: \
            "curl: try 'curl --help'"); `["CMD-SHELL", "curl -s http://localhost/health", "|", "grep UP"]` runs \
            the curl alone, so a body without `UP` still passes (docker/docs#10058). A string `test:` is \
            itself the shell script (compose turns it into `["CMD-SHELL", string]`), so `test: "CMD curl -f \
            http://localhost/"` makes the shell look for a program named `CMD`: "sh: CMD: not found", exit 127, \
            unhealthy forever. Write the whole command as one `CMD-SHELL` element, or give each argument its own \
            element after `CMD` (no shell). A trailing `"||", "exit 1"` after a complete command is ignored the \
            same way but changes nothing (a non-zero exit already fails the check), so it is not reported. A \
            list that starts with neither `CMD`, `CMD-SHELL` nor `NONE` (`["curl", "-f", URL]`) is refused by \
            `docker compose` itself (fish2018/YPrompt#29, mlops-for-mle/tutorial#87).
            """,
        severity: .error,
        nonTriggering: HealthcheckTestFormExamples.nonTriggering,
        triggering: HealthcheckTestFormExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        var seen = Set<SourceLocation>()
        return context.model.composeFiles.flatMap { file in
            file.services.compactMap { service -> Finding? in
                guard let healthcheck = service.healthcheck, seen.insert(healthcheck.location).inserted else {
                    return nil
                }
                if let first = healthcheck.missingKeyword { return missingKeyword(first, service: service.name) }
                guard case .shell(let script)? = healthcheck.test else { return nil }
                return splitScript(script, healthcheck.shellArguments, service: service.name)
                    ?? keywordInScript(script, service: service.name)
            }
        }
    }

    /// `["CMD-SHELL", "curl", "-f", URL]`: only `curl` runs.
    func splitScript(_ script: EmbeddedText, _ arguments: [Located<String>], service: String) -> Finding? {
        guard let first = arguments.first else { return nil }
        let text = script.text.trimmingCharacters(in: .whitespaces)
        let rest = arguments.map(\.value)
        let tail = rest.joined(separator: " ").replacingOccurrences(of: "  ", with: " ")
        if text.contains(" "), ["|| exit 1", "|| exit", "|| false", "||exit 1"].contains(tail) { return nil }
        let ignored = rest.map { "`\($0)`" }.joined(separator: ", ")
        let alone = text.contains(" ") ? "" : ", with no arguments"
        return finding(
            "service \"\(service)\"'s healthcheck runs only the first element after CMD-SHELL as its script: Docker "
                + "runs `sh -c '\(text)'` and passes \(ignored) to the shell as positional parameters, which the "
                + "command never sees — the check runs `\(text)` alone\(alone)",
            at: first.location,
            related: [.init(script.location(of: 0..<script.scalars.count), "the only element the shell runs")],
            fix: Self.rewrite([text] + rest))
    }

    /// `test: "CMD curl -f …"`: the shell runs a program named `CMD`.
    func keywordInScript(_ script: EmbeddedText, service: String) -> Finding? {
        let scalars = script.scalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return nil }
        let end = scalars[start...].firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) ?? scalars.endIndex
        let word = String(String.UnicodeScalarView(scalars[start..<end]))
        guard ["CMD", "CMD-SHELL", "NONE"].contains(word) else { return nil }
        let command = String(String.UnicodeScalarView(scalars[end...])).trimmingCharacters(in: .whitespaces)
        return finding(
            "service \"\(service)\"'s healthcheck test is a string, which the shell runs as written: `\(word)` is "
                + "not a program, so every check fails with \"\(word): not found\" (exit 127)",
            at: script.location(of: start..<end),
            fix: command.isEmpty
                ? "remove the healthcheck or write its command"
                : "drop `\(word)`: `test: \"\(command)\"` (or the list form `test: [\"CMD-SHELL\", \"\(command)\"]`)")
    }

    /// `test: ["curl", "-f", URL]`: compose refuses the whole file.
    func missingKeyword(_ first: Located<String>, service: String) -> Finding {
        finding(
            "service \"\(service)\"'s healthcheck test is a list that does not start with CMD, CMD-SHELL or NONE: "
                + "`docker compose` refuses the file (healthcheck.test must start either by CMD, CMD-SHELL or NONE) "
                + "and starts nothing",
            at: first.location, fix: "put `CMD` first: `test: [\"CMD\", \"\(first.value)\", …]`")
    }

    /// The elements as one `CMD-SHELL` script when any is shell syntax, else as `CMD` arguments.
    static func rewrite(_ elements: [String]) -> String {
        let shell = elements.contains { element in
            ExecFormShellSyntaxRule.isShellSyntax(element) || element.contains("$")
        }
        if shell {
            let script = elements.map { element in
                element.contains(" ") && !ExecFormShellSyntaxRule.isShellSyntax(element) && elements.first != element
                    ? "'\(element)'" : element
            }.joined(separator: " ")
            let quoted = script.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: "\\\"")
            return "write the command as one element: `test: [\"CMD-SHELL\", \"\(quoted)\"]`"
        }
        let words = elements.flatMap { $0.split(separator: " ").map(String.init) }
        let list = words.map { "\"\($0.replacingOccurrences(of: "\"", with: "\\\""))\"" }.joined(separator: ", ")
        return "give each argument its own element after CMD (no shell needed): `test: [\"CMD\", \(list)]`"
    }
}
