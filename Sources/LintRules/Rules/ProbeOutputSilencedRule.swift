import DeployModel
import ShellSyntax
import ShipshapeCore

/// A probe in a retry loop whose stdout and stderr both go to /dev/null.
struct ProbeOutputSilencedRule: Rule {
    static let description = RuleDescription(
        identifier: "probe-output-silenced",
        name: "Probe output silenced in a retry loop",
        summary:
            "A health probe retried in a loop sends both stdout and stderr to /dev/null, so the final failure never says why.",
        rationale: """
            In the seed incident, `docker exec backend wget ... > /dev/null 2>&1` ran 30 times and the \
            deploy failed with "Backend health check failed". The real error — `wget: executable file not \
            found` — was thrown away on every attempt, including the last. Keep stderr (redirect only \
            stdout), or show the output of the final attempt. Note that `2>&1 > /dev/null` keeps stderr: \
            redirections apply left to right, and Shipshape follows them the same way.
            """,
        severity: .warning,
        nonTriggering: ProbeOutputSilencedExamples.nonTriggering,
        triggering: ProbeOutputSilencedExamples.triggering)

    static let probePrograms: Set<String> = [
        "curl", "wget", "nc", "netcat", "ncat", "pg_isready", "redis-cli", "mysqladmin", "grpc_health_probe",
    ]

    func check(_ context: LintContext) -> [Finding] {
        var seen = Set<SourceLocation>()
        var findings: [Finding] = []
        let hosts = context.invocations.map(\.invocation.hostCommand)
        let direct = context.model.shellUnits.flatMap(\.script.commands).filter { command in
            command.name.flatMap { $0.split(separator: "/").last.map(String.init) }.map(Self.probePrograms.contains)
                ?? false
        }
        for command in hosts + direct where seen.insert(command.location).inserted {
            guard !command.context.loops.isEmpty, !command.context.inSubstitution else { continue }
            let streams = command.discardedStreams
            guard streams.stdout, streams.stderr else { continue }
            findings.append(report(command))
        }
        return findings
    }

    func report(_ command: SimpleCommand) -> Finding {
        let discarding = (command.context.inheritedRedirections + command.redirections).filter {
            $0.target.literal == "/dev/null" || $0.target.literal == "1" || $0.target.literal == "2"
        }
        let location = discarding.map(\.location).reduce(discarding.first?.location ?? command.location) {
            $0.union($1)
        }
        let name = command.words.prefix(4).map(\.raw).joined(separator: " ")
        let loop = command.context.loops.last?.kind.rawValue ?? "retry"
        return finding(
            "the output of `\(name)` goes to /dev/null (stdout and stderr) inside a \(loop) loop: when the last attempt fails, nobody sees why",
            at: location,
            related: command.context.loops.last.map { [.init($0.location, "the retry loop")] } ?? [],
            fix: "keep stderr: redirect only stdout (`> /dev/null`), or print the output of the final attempt")
    }
}
