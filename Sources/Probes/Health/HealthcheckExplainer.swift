import DockerEngine
import Plan
import ShipshapeCore

/// Why a container's own Docker healthcheck fails, and whether the service is fine anyway: the seed's
/// verdict for the check people write most often. One explanation, used by `wait`, `diagnose` and
/// `deploy`'s gate.
package struct HealthcheckExplanation: Sendable {
    /// Cause, message and fix, in the vocabulary of every other probe.
    package var classification: Classification
    /// A missing program, no shell or a file that is not executable: it does not heal by waiting.
    package var cannotHeal: Bool
    /// "the service is healthy; the health check is broken: …" when the service answers from outside.
    package var verdict: String?
}

package enum HealthcheckExplainer {
    /// HTTP clients a rewritten check could use, in order of preference.
    package static let alternatives = ["curl", "wget", "python3", "python", "node", "nc", "busybox"]

    /// The last failing run of the healthcheck, classified from Docker's health log alone (cheap: no
    /// Engine call). nil while the check passes or has not run.
    package static func classify(_ details: ContainerDetails) -> (classification: Classification, cannotHeal: Bool)? {
        guard let check = HealthcheckPrograms.healthcheck(details), let last = details.state.health?.log?.last,
            last.exitCode != 0
        else { return nil }
        let output = HealthText.trim(last.output)
        if output.lowercased().contains("health check exceeded timeout") {
            let seconds = (details.config.healthcheck?.timeout).map { " (\($0 / 1_000_000_000) s)" } ?? ""
            return (
                Classification(
                    .timeout, "the healthcheck did not finish within its timeout\(seconds): \(check.text)",
                    nextStep:
                        "the service answers too slowly, or the check hangs; raise `timeout:` or probe from outside"),
                false
            )
        }
        guard
            let failure = FailureClassifier.classify(
                exec: last.exitCode, stdout: "", stderr: output, timedOut: false, command: check.argv, successCodes: [0]
            )
        else { return nil }
        let cannotHeal = [.probeToolMissing, .noShell, .permissionDenied].contains(failure.cause)
        let shown = output.isEmpty ? "exit \(last.exitCode), no output (the check discards it)" : failure.message
        return (
            Classification(
                failure.cause, "the healthcheck `\(check.text)` fails: \(shown)", nextStep: failure.nextStep),
            cannotHeal
        )
    }

    /// The full explanation: the missing program confirmed on the container's filesystem (stat along
    /// its PATH, nothing run), the programs it has instead, the exact rewritten command, and the service
    /// asked from outside on the port and path the check names.
    package static func explain(_ details: ContainerDetails, prober: ContainerProber) async -> HealthcheckExplanation? {
        guard let (base, cannotHeal) = classify(details), let check = HealthcheckPrograms.healthcheck(details) else {
            return nil
        }
        var classification = base
        let wanted = check.programs + alternatives + (check.needsShell ? ["/bin/sh"] : [])
        let inventory = await ToolInventory.scan(
            client: prober.client, container: prober.container, tools: wanted,
            searchPath: ToolInventory.searchPath(of: details))
        let url = LocalURL.find(in: check.argv)
        let present = alternatives.compactMap { tool in inventory.found[tool].map { (tool, $0) } }
        var problem = classification.message
        if check.needsShell, inventory.found["/bin/sh"] == nil {
            problem = "the healthcheck runs through /bin/sh, which the image does not have"
            classification = Classification(
                .noShell, "\(problem): `\(check.text)` can never succeed",
                nextStep: fix(url: url, present: present))
        } else if base.cause == .probeToolMissing,
            let missing = check.programs.first(where: { !$0.contains("/") && inventory.found[$0] == nil })
        {
            let instead =
                present.isEmpty
                ? "the image has no other HTTP client"
                : present.prefix(2).map { "\($0.0) is available at \($0.1)" }.joined(separator: ", ")
            problem = "\(missing) is not installed in the container (\(instead))"
            classification = Classification(
                .probeToolMissing, "the healthcheck `\(check.text)` can never succeed, because \(problem)",
                nextStep: fix(url: url, present: present))
        }
        let verdict = await outsideVerdict(details, prober: prober, url: url, problem: problem)
        return HealthcheckExplanation(classification: classification, cannotHeal: cannotHeal, verdict: verdict)
    }

    /// The service asked from outside: on the check's own URL, else its only HTTP port.
    package static func outsideVerdict(
        _ details: ContainerDetails, prober: ContainerProber, url: LocalURL?,
        problem: String
    ) async -> String? {
        let spec: HTTPProbeSpec
        if let url {
            spec = HTTPProbeSpec(port: url.port, path: url.path, scheme: url.scheme)
        } else if let port = ContainerProber.singlePort(details), !WellKnownPorts.nonHTTP.contains(port) {
            spec = HTTPProbeSpec(port: port, path: "/")
        } else {
            return nil
        }
        let run = await prober.http(spec, details: details)
        let target = ":\(spec.port.map(String.init) ?? "")\(spec.path)"
        guard let status = run.response?.status, (200...299).contains(status) else {
            let seen = run.response.map { "HTTP \($0.status)" } ?? run.result.message
            return
                "the service does not answer either (\(target): \(seen)): the health check is broken and the service is not healthy"
        }
        let via = run.route.map { " via \($0)" } ?? ""
        return "the service is healthy (HTTP \(status) on \(target)\(via)); the health check is broken: \(problem)"
    }

    /// The check rewritten in exec form (no shell needed) with a program the image has, or an HTTP
    /// probe from outside.
    package static func fix(url: LocalURL?, present: [(String, String)]) -> String {
        guard let url else {
            return "use a program the image has, or probe from outside: shipshape wait --http :PORT/health"
        }
        let address = "\(url.scheme)://localhost:\(url.port)\(url.path)"
        let outside = "or probe from outside: shipshape wait --http :\(url.port)\(url.path)"
        let tools = Set(present.map(\.0))
        if tools.contains("curl") { return "test: [\"CMD\", \"curl\", \"-fsS\", \"\(address)\"], \(outside)" }
        if tools.contains("wget") {
            return "test: [\"CMD\", \"wget\", \"-q\", \"-O\", \"/dev/null\", \"\(address)\"], \(outside)"
        }
        if let python = ["python3", "python"].first(where: tools.contains) {
            return
                "test: [\"CMD\", \"\(python)\", \"-c\", \"import urllib.request; urllib.request.urlopen('\(address)', timeout=3)\"], \(outside)"
        }
        return "the image has no HTTP client: probe from outside with shipshape wait --http :\(url.port)\(url.path)"
    }
}
