import ShipshapeCore

/// A probe's loopback URL uses a port the target container does not listen on.
struct ProbePortMismatchRule: Rule {
    static let description = RuleDescription(
        identifier: "probe-port-mismatch",
        name: "Probe on the wrong port",
        summary: "A probe run inside a container calls a port that differs from every port the container listens on.",
        rationale: """
            Inside a container, `localhost` is the container itself: the probe must use the port the \
            process listens on (the *container* side of `ports: "8080:80"`), not the published one. The \
            seed's frontend was probed on 3000 while it served on 3001. Shipshape gathers the ports a \
            target declares — `EXPOSE`, compose `ports` (container side) and `expose`, `PORT`-style \
            environment, `--port`/`--bind` in its command — and reports a probe whose port is none of \
            them. When nothing is declared, it says nothing; nor when only compose `ports`/`expose` \
            speak for an image it knows nothing about (it may listen on more).
            """,
        severity: .error,
        nonTriggering: ProbePortMismatchExamples.nonTriggering + ProbePortMismatchScriptExamples.nonTriggering,
        triggering: ProbePortMismatchExamples.triggering + ProbePortMismatchScriptExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for command in context.inContainerCommands where !command.target.candidates.isEmpty {
            let urls = ProbeURL.find(in: command.words)
            guard !urls.isEmpty else { continue }
            var declared: [ListeningPort] = []
            var complete = true
            for candidate in command.target.candidates {
                let image = context.targets.images.resolve(candidate.source)
                let ports = candidate.declaredPorts + (image?.ports ?? [])
                if ports.isEmpty { complete = false }
                // Compose `ports:`/`expose:` list what is published, not everything an image of
                // unknown contents listens on (an admin or metrics port); only a build's `EXPOSE`,
                // the knowledge base, or a `PORT`/`--port` setting of its process complete the set.
                if image == nil, ports.allSatisfy(\.isPublication) { complete = false }
                declared += ports
            }
            guard complete else { continue }
            let known = Set(declared.map(\.port))
            for url in urls where !known.contains(url.port) {
                findings.append(report(url, declared: declared, command: command))
            }
        }
        return findings
    }

    func report(_ url: ProbeURL, declared: [ListeningPort], command: InContainerCommand) -> Finding {
        var unique: [ListeningPort] = []
        for port in declared
        where !unique.contains(where: { $0.evidence == port.evidence && $0.location == port.location }) {
            unique.append(port)
        }
        let ports = Array(Set(unique.map(\.port))).sorted().map(String.init).joined(separator: ", ")
        let evidence = unique.prefix(3).map(\.evidence).joined(separator: "; ")
        let best = unique.first?.port ?? 0
        return finding(
            "the probe calls port \(url.port), but \(command.target.label) listens on \(ports) (\(evidence))",
            at: url.location,
            related: unique.prefix(3).map { .init($0.location, "listens on \($0.port): \($0.evidence)") }
                + (command.runBy.map { [.init($0, "the \(command.origin) that runs this script")] } ?? []),
            fix: "use port \(best): \(url.url.replacingPort(url.port, with: best))")
    }
}

extension String {
    /// The URL with `:old` replaced by `:new` (or `:new` added after the host).
    func replacingPort(_ old: Int, with new: Int) -> String {
        if let range = range(of: ":\(old)") { return replacingCharacters(in: range, with: ":\(new)") }
        guard let scheme = range(of: "://") else { return self }
        let hostEnd = self[scheme.upperBound...].firstIndex(of: "/") ?? endIndex
        return String(self[..<hostEnd]) + ":\(new)" + self[hostEnd...]
    }
}
