import Plan

/// Writes a target's probes, grouped by kind in the order each kind first appears.
struct ProbeWriter {
    let reference: TargetSpec.Reference
    let pathComment: String?

    func lines(_ probes: [ProbeSpec]) -> [String] {
        var kinds: [ProbeKind] = []
        for probe in probes where !kinds.contains(probe.kind) { kinds.append(probe.kind) }
        return kinds.flatMap { kind in group(probes.filter { $0.kind == kind }, kind: kind) }
    }

    private func group(_ probes: [ProbeSpec], kind: ProbeKind) -> [String] {
        switch kind {
        case .http:
            let specs = probes.compactMap { probe -> HTTPProbeSpec? in
                if case .http(let spec) = probe { return spec }
                return nil
            }
            if specs.count == 1, let spec = specs.first {
                let body = http(spec, indent: "      ", first: true)
                return body.isEmpty ? ["    http: {}"] : ["    http:"] + body
            }
            return ["    http:"]
                + specs.enumerated().flatMap { index, spec in
                    let body = http(spec, indent: "        ", first: index == 0)
                    return body.isEmpty ? ["      - {}"] : listItem(body)
                }
        case .tcp:
            let ports = probes.compactMap { probe -> Int? in
                if case .tcp(let port) = probe { return port }
                return nil
            }
            return ports.count == 1
                ? ["    tcp: \(ports[0])"] : ["    tcp: [\(ports.map(String.init).joined(separator: ", "))]"]
        case .exec:
            let specs = probes.compactMap { probe -> ExecProbeSpec? in
                if case .exec(let spec) = probe { return spec }
                return nil
            }
            if specs.count == 1, let spec = specs.first { return exec(spec) }
            // Several exec probes are a list of mappings; a list of strings would read as one argv.
            return ["    exec:"]
                + specs.flatMap { spec in
                    ["      - command: \(Self.command(spec))", "        success-codes: \(Self.codes(spec))"]
                }
        case .dockerHealth:
            return ["    \(ProbeKind.dockerHealth.planKey): true"]
        }
    }

    /// Turns `      key: value` lines into a `      - key: value` list item.
    private func listItem(_ lines: [String]) -> [String] {
        lines.enumerated().map { index, line in
            let body = line.dropFirst(8)
            return index == 0 ? "      - " + body : "        " + body
        }
    }

    func http(_ spec: HTTPProbeSpec, indent: String, first: Bool) -> [String] {
        var lines: [String] = []
        if let port = spec.port { lines.append("\(indent)port: \(port)") }
        let defaultScheme: String
        if case .url(let url) = reference {
            defaultScheme = url.lowercased().hasPrefix("https") ? "https" : "http"
            if spec.path != url { lines.append("\(indent)path: \(YAMLText.scalar(spec.path))") }
        } else {
            defaultScheme = "http"
            let comment = first ? pathComment.map { "  # \($0)" } ?? "" : ""
            lines.append("\(indent)path: \(YAMLText.scalar(spec.path))\(comment)")
        }
        if spec.scheme != defaultScheme { lines.append("\(indent)scheme: \(YAMLText.scalar(spec.scheme))") }
        if spec.method != "GET" { lines.append("\(indent)method: \(YAMLText.scalar(spec.method))") }
        if !spec.headers.isEmpty {
            lines.append("\(indent)headers:")
            for (name, value) in spec.headers.sorted(by: { $0.key < $1.key }) {
                lines.append("\(indent)  \(YAMLText.scalar(name)): \(YAMLText.scalar(value))")
            }
        }
        if !spec.conditions.isEmpty {
            lines.append("\(indent)expect:")
            for condition in spec.conditions {
                let (kind, rest) = Self.splitCondition(condition.text)
                lines.append("\(indent)  - \(kind): \(YAMLText.scalar(rest))")
            }
        }
        return lines
    }

    static func splitCondition(_ text: String) -> (String, String) {
        guard let colon = text.firstIndex(of: ":") else { return (text, "") }
        return (String(text[..<colon]), String(text[text.index(after: colon)...].dropFirst()))
    }

    private func exec(_ spec: ExecProbeSpec) -> [String] {
        guard spec.successCodes != [0] else { return ["    exec: \(Self.command(spec))"] }
        return ["    exec:", "      command: \(Self.command(spec))", "      success-codes: \(Self.codes(spec))"]
    }

    /// Shell text for `/bin/sh -c LINE`, else a flow list of arguments.
    static func command(_ spec: ExecProbeSpec) -> String {
        let shell = spec.command.count == 3 && spec.command[0] == "/bin/sh" && spec.command[1] == "-c"
        return shell
            ? YAMLText.scalar(spec.command[2]) : "[\(spec.command.map(YAMLText.scalar).joined(separator: ", "))]"
    }

    static func codes(_ spec: ExecProbeSpec) -> String {
        "[\(spec.successCodes.sorted().map(String.init).joined(separator: ", "))]"
    }
}
