import DockerEngine
import Plan
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

    static func checks(_ container: DiagnosedContainer, client: any DockerEngineAPI) async -> [DiagnosisCheck] {
        let healthChecks =
            [HealthcheckPrograms.healthcheck(container.details)].compactMap { $0 }
            + HealthcheckPrograms.plan(container.target)
        let needed = healthChecks.flatMap { $0.programs + ($0.needsShell ? ["/bin/sh"] : []) }
        var wanted = tools
        for program in needed where !wanted.contains(program) { wanted.append(program) }
        let inventory = await ToolInventory.scan(
            client: client, container: container.details.id, tools: wanted,
            searchPath: ToolInventory.searchPath(of: container.details))
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
                    "use the exec form (CMD [\"/app/healthcheck\"]) or probe from outside: \(outsideProbe(container, check))"
            )
        }
        let missing = check.programs.filter { program in
            inventory.found[program] == nil && !(program.hasPrefix("/") == false && program.contains("/"))
        }
        // Docker runs the healthcheck and says it passes: no guess about its programs outranks that.
        if check.origin == "healthcheck", container.details.state.health?.status == "healthy" {
            return .pass(
                .tools, container.service, name, "the healthcheck passes (docker reports healthy)", evidence: evidence)
        }
        guard let first = missing.first else {
            return .pass(
                .tools, container.service, name, "\(check.programs.joined(separator: ", ")) present", evidence: evidence
            )
        }
        // HTTP clients replace an HTTP check only: a missing pg_isready or redis-cli is not fixed with urllib.
        let isHTTPCheck = ["curl", "wget"].contains(first) || LocalURL.find(in: check.argv) != nil
        let alternatives = isHTTPCheck ? present.filter { ["curl", "wget", "python3", "node"].contains($0) } : []
        let hint =
            !isHTTPCheck
            ? "the image's PATH does not have it"
            : alternatives.isEmpty
                ? "the image has no HTTP client" : "the image has \(alternatives.joined(separator: ", "))"
        return DiagnosisCheck(
            section: .tools, subject: container.service, name: name, status: .fail, cause: .probeToolMissing,
            message: "the \(check.origin) calls \(first), which is not in the container (\(hint)): it can never pass",
            evidence: evidence,
            nextStep: alternatives.isEmpty
                ? "probe from outside instead (\(outsideProbe(container, check))) or add \(first) to the image"
                : "rewrite the \(check.origin) with \(alternatives[0]), or probe from outside: \(outsideProbe(container, check))",
            commands: ["docker inspect --format '{{json .Config.Healthcheck}}' \(container.name)"])
    }

    /// A `shipshape wait` line that runs as written: the port and path the check asks, else the
    /// container's only port — TCP for a port that does not speak HTTP (a database).
    static func outsideProbe(_ container: DiagnosedContainer, _ check: HealthcheckPrograms) -> String {
        let wait = "shipshape wait \(container.name)"
        if let url = LocalURL.find(in: check.argv) { return "\(wait) --http :\(url.port)\(url.path)" }
        guard let port = ContainerProber.singlePort(container.details) else { return "\(wait) --http :PORT/health" }
        return WellKnownPorts.nonHTTP.contains(port) ? "\(wait) --tcp \(port)" : "\(wait) --http :\(port)/"
    }
}
