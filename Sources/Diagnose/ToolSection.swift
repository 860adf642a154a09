import DockerEngine
import Probes
import ShipshapeCore

/// Section 3: which tools each container has (by file stat, nothing run) and whether its health
/// checks call a program it lacks — the incident's bug.
struct ToolSection: DiagnosisSectionRunner {
    static let tools = ["curl", "wget", "sh", "bash", "python3", "node", "nc", "redis-cli", "pg_isready"]

    func run(_ context: DiagnosisContext) async -> [DiagnosisCheck] {
        let client = context.client
        return await context.eachContainer(.tools, name: "tools") { container in
            await Self.checks(container, client: client)
        }
    }

    static func checks(_ container: DiagnosedContainer, client: DockerClient) async -> [DiagnosisCheck] {
        let healthChecks =
            [HealthcheckPrograms.healthcheck(container.details)].compactMap { $0 }
            + HealthcheckPrograms.plan(container.target)
        let needed = healthChecks.flatMap { $0.programs + ($0.needsShell ? ["/bin/sh"] : []) }
        var wanted = tools
        for program in needed where !wanted.contains(program) { wanted.append(program) }
        let inventory = await ToolInventory.scan(client: client, container: container.details.id, tools: wanted)
        let present = tools.filter { inventory.found[$0] != nil }
        let missingTools = tools.filter { inventory.found[$0] == nil }
        var checks = [
            DiagnosisCheck.pass(
                .tools, container.service, "manifest",
                present.isEmpty ? "none of \(tools.joined(separator: ", "))" : "has " + present.joined(separator: ", "),
                evidence: [
                    .init("present", present.joined(separator: " ")),
                    .init("missing", missingTools.joined(separator: " ")),
                ])
        ]
        for check in healthChecks {
            checks.append(judge(check, inventory: inventory, container: container, present: present))
        }
        return checks
    }

    static func judge(
        _ check: HealthcheckPrograms, inventory: ToolInventory, container: DiagnosedContainer, present: [String]
    ) -> DiagnosisCheck {
        let name = "\(check.origin) tools"
        let evidence = [CheckResult.Evidence(check.origin, check.text)]
        if check.needsShell, inventory.found["/bin/sh"] == nil {
            return DiagnosisCheck(
                section: .tools, subject: container.service, name: name, status: .fail, cause: .noShell,
                message: "the \(check.origin) runs through /bin/sh, which the image does not have", evidence: evidence,
                nextStep:
                    "use the exec form (CMD [\"/app/healthcheck\"]) or probe from outside: shipshape wait \(container.name) --http :PORT/health"
            )
        }
        let missing = check.programs.filter { program in
            inventory.found[program] == nil && !(program.hasPrefix("/") == false && program.contains("/"))
        }
        guard let first = missing.first else {
            return .pass(
                .tools, container.service, name, "\(check.programs.joined(separator: ", ")) present", evidence: evidence
            )
        }
        let alternatives = present.filter { ["curl", "wget", "python3", "node"].contains($0) }
        let hint =
            alternatives.isEmpty
            ? "the image has no HTTP client" : "the image has \(alternatives.joined(separator: ", "))"
        return DiagnosisCheck(
            section: .tools, subject: container.service, name: name, status: .fail, cause: .probeToolMissing,
            message: "the \(check.origin) calls \(first), which is not in the container (\(hint)): it can never pass",
            evidence: evidence,
            nextStep: alternatives.isEmpty
                ? "probe from outside instead (shipshape wait \(container.name) --http :PORT/health) or add \(first) to the image"
                : "rewrite the \(check.origin) with \(alternatives[0]), or probe from outside with shipshape wait",
            commands: ["docker inspect --format '{{json .Config.Healthcheck}}' \(container.name)"])
    }
}
