import DeployModel
import ShellSyntax
import ShipshapeCore

/// `for i in $(seq 1 30); do curl … && break; sleep 2; done` and nothing after it: when every attempt fails,
/// the loop ends with `sleep`'s status 0 and the deploy goes on as if the service were up.
struct ProbeLoopGivesUpSilentlyRule: Rule {
    static let description = RuleDescription(
        identifier: "probe-loop-gives-up-silently",
        name: "Retry loop that gives up silently",
        summary: "A bounded retry loop breaks out when the probe passes, but nothing fails when it never does.",
        rationale: """
            `for i in $(seq 1 30); do curl -fs http://localhost:8000/health && break; sleep 2; done` waits at \
            most a minute, but when the service never comes up the loop simply ends: its status is that of \
            the last `sleep`, 0, so `set -e` does not stop the script and a workflow step ending there \
            passes. The deploy is reported green while nothing answers — the gate lies the other way round \
            from the seed's incident. Shipshape reports a bounded loop (`for`, or `while`/`until` with a \
            counter) whose probe is followed by `break`, that sleeps after the probe, has no `exit` or \
            `return` of its own, and after which the script ends or goes on without testing anything (no \
            `[ … ]`, `if`, `exit`, and not the same probe again). The rule is opt-in (`enabled_rules: \
            [probe-loop-gives-up-silently]` in .shipshape.yml or `--enable probe-loop-gives-up-silently`): \
            such a loop is often a harmless second look after `docker compose up --wait` or before test steps \
            that would fail anyway.
            """,
        severity: .warning,
        isOptIn: true,
        nonTriggering: ProbeLoopGivesUpSilentlyExamples.nonTriggering,
        triggering: ProbeLoopGivesUpSilentlyExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        context.model.shellUnits.flatMap { check($0.script) }
    }

    func check(_ script: ShellScript, depth: Int = 0) -> [Finding] {
        var findings = loops(in: script)
        guard depth < ProbeLoopUnboundedRule.maxHeredocDepth else { return findings }
        for command in script.commands where ProbeLoopUnboundedRule.readsScriptFromStandardInput(command) {
            guard let body = command.standardInputScript else { continue }
            findings += check(ShellParser.parse(body), depth: depth + 1)
        }
        return findings
    }

    func loops(in script: ShellScript) -> [Finding] {
        let commands = script.commands
        var seen = Set<ShellLoop>()
        var findings: [Finding] = []
        for command in commands {
            guard let loop = command.context.loops.last, seen.insert(loop).inserted else { continue }
            // The loop's own commands (nested loops' included), in order.
            let inside = commands.filter { $0.context.loops.contains(loop) }
            guard let finding = check(loop, inside: inside, all: commands) else { continue }
            findings.append(finding)
        }
        return findings
    }

    func check(_ loop: ShellLoop, inside: [SimpleCommand], all: [SimpleCommand]) -> Finding? {
        let own = inside.filter { $0.context.loops.last == loop && !$0.context.inSubstitution }
        guard Self.isBounded(loop, inside: inside),
            !inside.contains(where: { ["exit", "return"].contains($0.name ?? "") }),
            let probe = own.first(where: { $0.context.isTested && ProbeLoopUnboundedRule.isProbe($0) }),
            let exit = own.first(where: { $0.name == "break" && $0.location.start >= probe.location.end }),
            own.contains(where: { $0.name == "sleep" && $0.location.start >= exit.location.end })
        else { return nil }
        let end = inside.map(\.location.end).max() ?? loop.location.end
        let after = all.first {
            $0.location.start > end && !$0.context.loops.contains(loop) && !$0.context.inSubstitution
                && $0.context.function == probe.context.function
        }
        if let after, Self.checks(after, probe: probe, loop: loop) { return nil }
        let program = probe.name ?? "the probe"
        let ending = after == nil ? "the script ends there" : "the script goes on"
        return finding(
            "this loop gives up silently: when every attempt of \(program) fails it ends with sleep's status 0, "
                + "and \(ending) as if the service answered",
            at: loop.location, related: [.init(probe.location, "the probe; its success breaks out of the loop")],
            fix: "fail when the attempts run out: repeat the probe after the loop (`… || exit 1`), or exit inside "
                + "the loop on the last attempt (`[ \"$i\" -eq 30 ] && exit 1`), or use `shipshape wait`")
    }

    /// A `for` loop, or a `while`/`until` loop that counts (the unbounded ones are `probe-loop-unbounded`'s).
    static func isBounded(_ loop: ShellLoop, inside: [SimpleCommand]) -> Bool {
        if loop.kind == .for { return true }
        let text = inside.flatMap(\.words).map(\.value).joined(separator: " ")
        return text.range(of: ProbeLoopUnboundedRule.bound, options: .regularExpression) != nil
    }

    /// The first command after the loop looks at the outcome: a test, an `if`/`&&` condition, an exit, or
    /// the same program again (for `docker`, any docker command: it may be the same check).
    static func checks(_ command: SimpleCommand, probe: SimpleCommand, loop: ShellLoop) -> Bool {
        // The next loop waiting for another service does not look at this one's outcome.
        guard command.context.loops.isEmpty || command.context.loops.count < loop.depth(in: probe) else {
            return false
        }
        let name = command.name ?? ""
        if ["[", "[[", "test", "exit", "return", "false"].contains(name) || command.context.isTested { return true }
        return name == probe.name
    }
}

extension ShellLoop {
    /// How many loops enclose `command` down to and including this one (1 when it is the outermost).
    func depth(in command: SimpleCommand) -> Int {
        (command.context.loops.firstIndex(of: self) ?? 0) + 1
    }
}
