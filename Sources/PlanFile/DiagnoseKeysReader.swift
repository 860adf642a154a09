import Plan
import ShipshapeCore

/// Reads the keys only `shipshape diagnose` uses: a target's `public-url` and `log-events`, and
/// the plan's `smoke-tests`.
struct DiagnoseKeysReader: Sendable {
    static let targetKeys = ["public-url", "log-events"]
    static let logEventKeys = ["event", "expect", "required"]
    static let smokeOnlyKeys = ["target", "url", "body", "cors"]
    static let corsKeys = ["origin", "method", "allowed", "credentials"]

    let reader: PlanReader

    /// `public-url:` — an absolute http(s) URL.
    func publicURL(_ pairs: [PlanPair], _ keyPath: String) throws -> String? {
        guard let pair = pairs.last(where: { $0.key == "public-url" }) else { return nil }
        return try url(pair.value, "\(keyPath).public-url")
    }

    /// `log-events:` — a list of `{event, expect, required}` mappings.
    func logEvents(_ pairs: [PlanPair], _ keyPath: String) throws -> [LogEventExpectation] {
        guard let pair = pairs.last(where: { $0.key == "log-events" }) else { return [] }
        let probeReader = ProbeReader(reader: reader, reference: .container(""))
        return try reader.items(pair.value).enumerated().map { index, item in
            let path = "\(keyPath).log-events[\(index)]"
            let fields = try reader.mapping(item, path)
            try reader.checkKeys(fields, allowed: Self.logEventKeys, path)
            guard let event = fields.last(where: { $0.key == "event" }) else {
                throw reader.fail(item.position, path, "expected an `event:` name")
            }
            var expectation = LogEventExpectation(
                event: try reader.string(event.value, "\(path).event"), conditions: [])
            if let expect = fields.last(where: { $0.key == "expect" }) {
                expectation.conditions = try probeReader.conditions(expect.value, "\(path).expect")
                if let other = expectation.conditions.first(where: { !$0.isJSON }) {
                    throw reader.fail(
                        expect.value.position, "\(path).expect",
                        "log events are checked with json conditions (`- json: $.storage == \"memory\"`), not '\(other.text)'"
                    )
                }
            }
            if let required = fields.last(where: { $0.key == "required" }) {
                expectation.required = try reader.bool(required.value, "\(path).required")
            }
            return expectation
        }
    }

    /// `smoke-tests:` — a mapping of names to requests with `target` or `url`.
    func smokeTests(_ node: PlanNode, targets: [TargetSpec]) throws -> [SmokeTest] {
        if PlanFileParser.isNull(node) { return [] }
        return try reader.mapping(node, "smoke-tests").map { try smokeTest($0, targets: targets) }
    }

    private func smokeTest(_ entry: PlanPair, targets: [TargetSpec]) throws -> SmokeTest {
        let keyPath = "smoke-tests.\(entry.key)"
        let pairs = try reader.mapping(entry.value, keyPath)
        try reader.checkKeys(pairs, allowed: Self.smokeOnlyKeys + ProbeReader.httpKeys, keyPath)
        let target = try pairs.last { $0.key == "target" }.map { try reader.string($0.value, "\(keyPath).target") }
        let url = try pairs.last { $0.key == "url" }.map { try self.url($0.value, "\(keyPath).url") }
        switch (target, url) {
        case (let name?, nil):
            guard targets.contains(where: { $0.name == name }) else {
                let position = pairs.last { $0.key == "target" }?.value.position ?? entry.keyPosition
                let names = targets.map(\.name)
                let hint = DidYouMean.suggestion(for: name, among: names).map { "; did you mean '\($0)'?" }
                throw reader.fail(
                    position, "\(keyPath).target",
                    "no target named '\(name)'" + (hint ?? "; targets are \(names.joined(separator: ", "))"))
            }
        case (nil, .some): break
        default:
            throw reader.fail(entry.keyPosition, keyPath, "expected exactly one of `target:` (a plan target) or `url:`")
        }
        let reference: TargetSpec.Reference = url.map { .url($0) } ?? .container(target ?? "")
        let httpPairs = pairs.filter { ProbeReader.httpKeys.contains($0.key) }
        let request = try ProbeReader(reader: reader, reference: reference)
            .http(.mapping(httpPairs, at: entry.value.position), keyPath)
        var test = SmokeTest(name: entry.key, target: target, request: request)
        test.body = try pairs.last { $0.key == "body" }.map { try reader.string($0.value, "\(keyPath).body") }
        if let cors = pairs.last(where: { $0.key == "cors" }) {
            test.cors = try self.cors(cors.value, "\(keyPath).cors")
        }
        return test
    }

    /// `external-dependencies:` — a list of `host` or `host:port` that diagnose may contact.
    func externalDependencies(_ node: PlanNode) throws -> [ExternalDependency] {
        guard case .sequence = node else {
            throw reader.fail(
                node.position, "external-dependencies", "expected a list of `host:port` (db.internal:5432)")
        }
        return try reader.items(node).enumerated().map { index, item in
            let path = "external-dependencies[\(index)]"
            let text = try reader.string(item, path)
            // Parsed as a URL's authority is (`ConnectionURL` uses the same reader): no path, no port 0.
            guard let address = HostAndPort(Substring(text)), address.path.isEmpty, address.query == nil,
                address.port != 0, !text.contains("#")
            else {
                throw reader.fail(
                    item.position, path,
                    "expected a host or host:port (db.internal:5432, [fd00::5]:6379), got '\(text)'")
            }
            return ExternalDependency(host: address.host, port: address.port)
        }
    }

    private func cors(_ node: PlanNode, _ keyPath: String) throws -> CORSExpectation {
        let pairs = try reader.mapping(node, keyPath)
        try reader.checkKeys(pairs, allowed: Self.corsKeys, keyPath)
        guard let origin = pairs.last(where: { $0.key == "origin" }) else {
            throw reader.fail(node.position, keyPath, "expected an `origin:` (https://app.example.com)")
        }
        var cors = CORSExpectation(origin: try reader.string(origin.value, "\(keyPath).origin"))
        for pair in pairs {
            let key = "\(keyPath).\(pair.key)"
            switch pair.key {
            case "method": cors.method = try reader.method(pair.value, key)
            case "allowed": cors.allowed = try reader.bool(pair.value, key)
            case "credentials": cors.credentials = try reader.bool(pair.value, key)
            default: continue
            }
        }
        return cors
    }

    private func url(_ node: PlanNode, _ keyPath: String) throws -> String {
        let value = try reader.string(node, keyPath)
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            throw reader.fail(node.position, keyPath, "expected an http:// or https:// URL, got '\(value)'")
        }
        return value
    }
}

extension Condition {
    var isJSON: Bool {
        if case .json = self { return true }
        return false
    }
}
