import DeployModel
import ShellSyntax
import ShipshapeCore

/// `curl http://…` without `--fail` as a health check or in a wait loop: an error answer counts as healthy.
struct ProbeIgnoresHTTPErrorsRule: Rule {
    static let description = RuleDescription(
        identifier: "probe-ignores-http-errors",
        name: "Probe passes on an HTTP error answer",
        summary:
            "A health check or a wait loop runs `curl` without `--fail`, so a 404 or 500 answer counts as healthy.",
        rationale: """
            curl's exit status says whether it got an answer, not whether the answer was good: without \
            `-f`/`--fail` (or `--fail-with-body`), `curl http://localhost:8080/health` ends with status 0 when \
            the service answers 500 or 404. A health check written that way marks a broken service healthy, \
            and a deploy script's `until curl …; do sleep 2; done` goes on as soon as anything answers — the \
            gate lying the other way round from the seed incident. Maintainers fix it by adding `--fail` \
            (apache/polaris#3610, elastic/apm-integration-testing#178). Shipshape reports curl commands whose \
            exit status decides a Docker `HEALTHCHECK`, a compose healthcheck, a workflow service's \
            `--health-cmd`, a Kubernetes exec probe, a script one of those runs, or the condition of a wait \
            loop (also through `docker exec`), when they fetch an HTTP URL with neither `--fail` nor \
            `--write-out` (a script that reads the status code itself) nor `--config`. It is silent when the \
            answer is piped into another program (`curl … | grep -q ok` judges the body), inside `$(…)`, \
            and when an expansion such as `$CURL_OPTS` may carry the option. Where any answer means up (an \
            endpoint that answers 401 until you log in), test the status code explicitly.
            """,
        severity: .warning,
        nonTriggering: ProbeIgnoresHTTPErrorsExamples.nonTriggering,
        triggering: ProbeIgnoresHTTPErrorsExamples.triggering)

    static let fix =
        "add `--fail` (`-f`), or `--fail-with-body` to keep the error answer in the log; if any answer means up, "
        + "compare the status code explicitly (`-o /dev/null -w '%{http_code}'`)"

    func check(_ context: LintContext) -> [Finding] {
        var seen = Set<SourceLocation>()
        var findings: [Finding] = []
        for command in context.inContainerCommands {
            guard command.isHealthCheck || Self.isWaitCondition(command.invocation?.hostCommand) else { continue }
            for use in command.uses where use.name == "curl" && use.decidesStatus {
                let curl = CurlArguments(use.arguments)
                guard curl.ignoresHTTPErrors, let url = curl.urls.first, seen.insert(use.location).inserted else {
                    continue
                }
                let what =
                    command.isHealthCheck
                    ? "this \(command.origin) of \(command.target.label) passes"
                    : "this wait loop stops waiting for \(command.target.label)"
                findings.append(
                    finding(
                        "curl without --fail exits 0 when \(url) answers with an HTTP error (404, 500…): \(what) "
                            + "while the endpoint fails",
                        at: use.location,
                        related: command.runBy.map { [.init($0, "the health check that runs this script")] } ?? [],
                        fix: Self.fix))
            }
        }
        for command in context.inContainerCommands where command.isHealthCheck {
            findings += uncheckedCalls(in: command, context: context).filter { seen.insert($0.location).inserted }
        }
        for unit in context.model.shellUnits {
            for command in unit.script.commands where Self.isWaitCondition(command) {
                let words = command.words.map(TextWord.init)
                guard let use = ProgramUses.inArgv(words).first, use.name == "curl" else { continue }
                let curl = CurlArguments(use.arguments)
                guard curl.ignoresHTTPErrors, let url = curl.urls.first, seen.insert(use.location).inserted else {
                    continue
                }
                let loop = command.context.loops.last?.kind.rawValue ?? "retry"
                findings.append(
                    finding(
                        "curl without --fail exits 0 when \(url) answers with an HTTP error (404, 500…): this \(loop) "
                            + "loop stops waiting as soon as anything answers, even an error",
                        at: use.location,
                        related: command.context.loops.last.map { [.init($0.location, "the wait loop")] } ?? [],
                        fix: Self.fix))
            }
        }
        return findings
    }

    /// `python -c "requests.get(…)"`, `node -e "fetch(…)"`, or a Python/JavaScript file the health check runs,
    /// whose HTTP answer nothing reads.
    func uncheckedCalls(in command: InContainerCommand, context: LintContext) -> [Finding] {
        let what = "this \(command.origin) of \(command.target.label) passes while the endpoint fails"
        if command.runBy != nil, let python = Self.isPython(file: command.file),
            let text = context.model.sources[command.file], let call = UncheckedHTTPCall.find(in: text, python: python)
        {
            return [
                finding(
                    "\(call.call)(…) returns normally when the answer is an HTTP error (404, 500…) and nothing here "
                        + "reads its status: \(what)",
                    at: EmbeddedText(file: command.file, text: text).location(of: call.range),
                    related: command.runBy.map { [.init($0, "the health check that runs this file")] } ?? [],
                    fix: Self.codeFix(python: python))
            ]
        }
        var findings: [Finding] = []
        for use in command.uses where use.decidesStatus {
            let python = use.name.hasPrefix("python")
            guard python || use.name == "node" || use.name == "nodejs" || use.name == "bun" else { continue }
            let flags: Set<String> = python ? ["-c"] : ["-e", "--eval"]
            guard let flag = use.arguments.firstIndex(where: flags.contains), flag + 1 < use.arguments.count,
                let call = UncheckedHTTPCall.find(in: use.arguments[flag + 1], python: python)
            else { continue }
            findings.append(
                finding(
                    "\(call.call)(…) returns normally when the answer is an HTTP error (404, 500…) and nothing in "
                        + "this code reads its status: \(what)",
                    at: use.location, fix: Self.codeFix(python: python)))
        }
        return findings
    }

    static func isPython(file: String) -> Bool? {
        if file.hasSuffix(".py") { return true }
        return [".js", ".mjs", ".cjs", ".ts"].contains { file.hasSuffix($0) } ? false : nil
    }

    static func codeFix(python: Bool) -> String {
        python
            ? "call `.raise_for_status()` on the response (or exit non-zero unless `status_code` is 200)"
            : "exit non-zero unless the response is `ok` (`process.exit(r.ok ? 0 : 1)`)"
    }

    /// A command whose status a retry loop tests: its condition, or `curl … && break`.
    static func isWaitCondition(_ command: SimpleCommand?) -> Bool {
        guard let context = command?.context else { return false }
        return !context.loops.isEmpty && context.isTested && !context.inPipeline && !context.inSubstitution
    }
}
