import DeployModel
import Foundation
import ShellSyntax
import ShipshapeCore

/// `until curl ...; do sleep 1; done`: a wait with no attempt limit or timeout.
struct ProbeLoopUnboundedRule: Rule {
    static let description = RuleDescription(
        identifier: "probe-loop-unbounded",
        name: "Probe loop without a bound",
        summary: "A `while`/`until` loop waits for a service with no attempt limit, counter or timeout.",
        rationale: """
            `until curl -fs http://localhost:8000/health; do sleep 1; done` waits forever when the service \
            never comes up — a wrong port, a missing tool in the image, a crash loop — and a deploy job then \
            hangs until GitHub kills it after six hours, with no message saying what it waited for. Bound the \
            wait: count attempts (`for i in $(seq 1 60); do ... && break; sleep 2; done` and fail after the \
            last), check a counter or `$SECONDS` in the loop, wrap it (`timeout 120 sh -c 'until ...; done'`), \
            set `timeout-minutes` on the workflow step, or use `docker compose up --wait` / `shipshape wait`. \
            Shipshape reports `while`/`until` loops whose condition runs a probe (curl, wget, nc, pg_isready, \
            redis-cli, docker exec/inspect...), or `while true` loops that probe and `break`, when nothing in \
            the loop counts or compares numbers and the script is not run under `timeout`. Remote scripts of \
            ssh actions are skipped (the action's `command_timeout` bounds them).
            """,
        severity: .warning,
        nonTriggering: ProbeLoopUnboundedExamples.nonTriggering,
        triggering: ProbeLoopUnboundedExamples.triggering)

    static let probes: Set<String> = [
        "curl", "wget", "nc", "ncat", "netcat", "pg_isready", "redis-cli", "mysqladmin", "mysql", "psql", "mongosh",
        "mongo", "http", "grpc_health_probe", "docker", "docker-compose", "podman", "kubectl", "nslookup", "dig",
        "getent", "ping", "telnet",
    ]
    /// Text in a loop that counts, compares numbers, or reads the clock.
    static let bound =
        #"\(\(|\s-(lt|le|gt|ge|eq|ne)\s|\bSECONDS\b|\bdate\s+\+%s|\bexpr\b|\blet\b|\b(seq|max_?[a-z]*|attempts?|retries|tries|counter|deadline|elapsed)\b"#

    func check(_ context: LintContext) -> [Finding] {
        let timed = Self.scriptsRunUnderTimeout(context.model)
        var findings: [Finding] = []
        for unit in context.model.shellUnits where !Self.isBoundedElsewhere(unit, model: context.model, timed: timed) {
            findings += check(unit.script, source: context.model.sources[unit.file] ?? "")
        }
        return findings
    }

    /// How deep scripts fed to `ssh host <<'EOF'` (and shells reading standard input) are followed.
    static let maxHeredocDepth = 3

    func check(_ script: ShellScript, source: String, depth: Int = 0) -> [Finding] {
        var findings = loops(in: script, source: source)
        guard depth < Self.maxHeredocDepth else { return findings }
        // `ssh host <<'REMOTE' … REMOTE`: the remote script's loops hang the deploy just the same.
        for command in script.commands where Self.readsScriptFromStandardInput(command) {
            guard let body = command.standardInputScript else { continue }
            findings += check(ShellParser.parse(body), source: source, depth: depth + 1)
        }
        return findings
    }

    /// `ssh HOST` without a remote command, or `ssh HOST bash -s`: a remote script on standard input.
    /// (Local shells fed a heredoc are already expanded into the script by the parser.)
    static func readsScriptFromStandardInput(_ command: SimpleCommand) -> Bool {
        let words = command.words.compactMap(\.literal)
        guard words.first.map({ ($0 as NSString).lastPathComponent }) == "ssh" else { return false }
        let shells: Set<String> = ["sh", "bash", "dash", "ash", "zsh"]
        let operands = words.dropFirst().filter { !$0.hasPrefix("-") }
        // The host, then at most a shell reading standard input.
        return operands.count <= 1
            || (operands.count <= 3 && operands.dropFirst().allSatisfy { shells.contains($0) || $0 == "-s" })
    }

    func loops(in script: ShellScript, source: String) -> [Finding] {
        var order: [ShellLoop] = []
        var members: [ShellLoop: [SimpleCommand]] = [:]
        for command in script.commands {
            for loop in command.context.loops where loop.kind != .for {
                if members[loop] == nil { order.append(loop) }
                members[loop, default: []].append(command)
            }
        }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return order.compactMap { loop in
            guard let commands = members[loop], let probe = Self.probe(in: loop, commands: commands) else { return nil }
            let last = commands.map(\.location.end.line).max() ?? loop.location.start.line
            let span = lines.dropFirst(loop.location.start.line - 1).prefix(last - loop.location.start.line + 2)
                .joined(separator: "\n")
            guard span.range(of: Self.bound, options: .regularExpression) == nil else { return nil }
            let program = probe.words.first.map(\.value) ?? "the probe"
            let message =
                "this \(loop.kind.rawValue) loop waits on \(program) with no attempt limit or timeout: if it never "
                + "succeeds, the script hangs until the job is killed"
            return finding(
                message, at: loop.location, related: [.init(probe.location, "the probe")],
                fix: "count attempts (`for i in $(seq 1 60); do \(program) ... && break; sleep 2; done`, then fail), "
                    + "or wrap the loop: `timeout 120 sh -c 'until ...; done'`, or use `docker compose up --wait`")
        }
    }

    /// The probe the loop waits on: in its condition, or — for `while true` — a probe followed by `break`/`exit`.
    static func probe(in loop: ShellLoop, commands: [SimpleCommand]) -> SimpleCommand? {
        let direct = Array(commands.filter { !$0.context.inSubstitution }.prefix(loop.conditionCommandCount))
        // `$(docker inspect ...)` inside a condition command belongs to the condition too.
        let substituted = commands.filter { inner in
            inner.context.inSubstitution
                && direct.contains {
                    $0.location.start <= inner.location.start && inner.location.end <= $0.location.end
                }
        }
        let condition = direct + substituted
        let names = condition.filter { !$0.context.inSubstitution }.compactMap(\.name)
        if names.allSatisfy({ $0 == "true" || $0 == ":" }) {
            let exits = commands.contains { ["break", "exit", "return"].contains($0.name ?? "") }
            return exits ? commands.first(where: isProbe) : nil
        }
        return condition.first(where: isProbe)
    }

    static func isProbe(_ command: SimpleCommand) -> Bool {
        var words = command.words.compactMap(\.literal)[...]
        while let first = words.first, ["sudo", "timeout", "env", "command", "!"].contains(first) {
            words = words.dropFirst().drop {
                $0.hasPrefix("-") || Int($0) != nil || $0.last == "s" && Int($0.dropLast()) != nil
            }
        }
        guard let program = words.first.map({ ($0 as NSString).lastPathComponent }) else { return false }
        return probes.contains(program)
    }

    /// Workflow steps with `timeout-minutes`, ssh actions' remote scripts, scripts run under `timeout`.
    static func isBoundedElsewhere(_ unit: ShellUnit, model: DeploymentModel, timed: Set<String>) -> Bool {
        switch unit.origin {
        case .remoteScript: return true
        case .workflowStep(let job, let step):
            let workflow = model.workflows.first { $0.path == unit.file }
            return workflow?.job(job)?.steps[safe: step]?.timeoutMinutes != nil
        case .scriptFile:
            return timed.contains((unit.file as NSString).lastPathComponent)
        }
    }

    /// Base names of scripts some command runs as `timeout N ... script.sh`.
    static func scriptsRunUnderTimeout(_ model: DeploymentModel) -> Set<String> {
        var names: Set<String> = []
        for unit in model.shellUnits {
            for command in unit.script.commands where command.name == "timeout" {
                for word in command.words.dropFirst() {
                    if let value = word.literal, value.hasSuffix(".sh") || value.contains("/") {
                        names.insert((value as NSString).lastPathComponent)
                    }
                }
            }
        }
        return names
    }
}
