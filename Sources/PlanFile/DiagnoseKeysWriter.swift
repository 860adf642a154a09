import Plan

/// Writes the keys only `shipshape diagnose` uses, in the format `DiagnoseKeysReader` reads.
enum DiagnoseKeysWriter {
    /// `public-url` and `log-events` lines of a target (four-space indent).
    static func targetLines(_ target: TargetSpec) -> [String] {
        var lines: [String] = []
        if let url = target.publicURL { lines.append("    public-url: \(YAMLText.scalar(url))") }
        guard !target.logEvents.isEmpty else { return lines }
        lines.append("    log-events:")
        for expectation in target.logEvents {
            lines.append("      - event: \(YAMLText.scalar(expectation.event))")
            lines += conditionLines(expectation.conditions, indent: "        ")
            if !expectation.required { lines.append("        required: false") }
        }
        return lines
    }

    /// The `external-dependencies:` list, or nothing.
    static func externalDependencyLines(_ endpoints: [ExternalDependency]) -> [String] {
        guard !endpoints.isEmpty else { return [] }
        return ["external-dependencies:"] + endpoints.map { "  - \(YAMLText.scalar($0.description))" }
    }

    /// The `smoke-tests:` block, or nothing.
    static func smokeTestLines(_ tests: [SmokeTest]) -> [String] {
        guard !tests.isEmpty else { return [] }
        var lines = ["smoke-tests:"]
        for test in tests {
            lines.append("  \(YAMLText.scalar(test.name)):")
            let reference: TargetSpec.Reference
            if let target = test.target {
                lines.append("    target: \(YAMLText.scalar(target))")
                reference = .container(target)
            } else {
                lines.append("    url: \(YAMLText.scalar(test.request.path))")
                reference = .url(test.request.path)
            }
            lines += ProbeWriter(reference: reference, pathComment: nil).http(
                test.request, indent: "    ", first: false)
            if let body = test.body { lines.append("    body: \(YAMLText.scalar(body))") }
            if let cors = test.cors { lines += corsLines(cors) }
        }
        return lines
    }

    private static func corsLines(_ cors: CORSExpectation) -> [String] {
        var lines = ["    cors:", "      origin: \(YAMLText.scalar(cors.origin))"]
        if cors.method != "GET" { lines.append("      method: \(YAMLText.scalar(cors.method))") }
        if !cors.allowed { lines.append("      allowed: false") }
        if let credentials = cors.credentials { lines.append("      credentials: \(credentials)") }
        return lines
    }

    private static func conditionLines(_ conditions: [Condition], indent: String) -> [String] {
        guard !conditions.isEmpty else { return [] }
        return ["\(indent)expect:"]
            + conditions.map { condition in
                let (kind, rest) = ProbeWriter.splitCondition(condition.text)
                return "\(indent)  - \(kind): \(YAMLText.scalar(rest))"
            }
    }
}
