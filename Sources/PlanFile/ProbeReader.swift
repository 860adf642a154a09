import Plan
import ShipshapeCore

/// Reads a target's probe keys: `http`, `tcp`, `exec`, `docker-health`.
struct ProbeReader: Sendable {
    static let httpKeys = ["port", "path", "scheme", "method", "headers", "expect"]
    static let execKeys = ["command", "success-codes"]

    let reader: PlanReader
    let reference: TargetSpec.Reference

    func read(_ pair: PlanPair, _ keyPath: String) throws -> [ProbeSpec] {
        guard let kind = ProbeKind(rawValue: pair.key) else { return [] }
        switch kind {
        case .http:
            return try reader.items(pair.value).enumerated().map { index, node in
                .http(try http(node, pair.value.isSequence ? "\(keyPath)[\(index)]" : keyPath))
            }
        case .tcp:
            return try reader.items(pair.value).enumerated().map { index, node in
                let path = pair.value.isSequence ? "\(keyPath)[\(index)]" : keyPath
                return .tcp(port: try reader.located(node, path) { try ProbeParser.tcp(reader.string(node, path)) })
            }
        case .exec:
            // A list of mappings is several exec probes; a list of strings is one argv.
            if case .sequence(let items, _) = pair.value, !items.isEmpty, items.allSatisfy(\.isMapping) {
                return try items.enumerated().map { .exec(try exec($1, "\(keyPath)[\($0)]")) }
            }
            return [.exec(try exec(pair.value, keyPath))]
        case .dockerHealth: return try reader.bool(pair.value, keyPath) ? [.dockerHealth] : []
        }
    }

    /// Text (`:8000/health`) or a mapping with port, path, scheme, method, headers, expect.
    func http(_ node: PlanNode, _ keyPath: String) throws -> HTTPProbeSpec {
        // `http:` with nothing after it means all defaults, like `http: {}`.
        if case .scalar(_, true, let position) = node { return try http(.mapping([], at: position), keyPath) }
        if case .scalar = node {
            let text = try reader.string(node, keyPath)
            return try reader.located(node, keyPath) { try ProbeParser.http(text) }
        }
        let pairs = try reader.mapping(node, keyPath)
        try reader.checkKeys(pairs, allowed: Self.httpKeys, keyPath)
        var spec = HTTPProbeSpec(port: nil, path: "/")
        if case .url(let url) = reference {
            spec.path = url
            spec.scheme = url.lowercased().hasPrefix("https") ? "https" : "http"
        }
        for pair in pairs {
            let key = "\(keyPath).\(pair.key)"
            switch pair.key {
            case "port": spec.port = try reader.port(pair.value, key)
            case "path": spec.path = try path(pair.value, key)
            case "scheme": spec.scheme = try scheme(pair.value, key)
            case "method": spec.method = try reader.method(pair.value, key)
            case "headers":
                for header in try reader.mapping(pair.value, key) {
                    spec.headers[header.key] = try reader.header(header, keyPath: key)
                }
            case "expect": spec.conditions = try conditions(pair.value, key)
            default: continue
            }
        }
        return spec
    }

    private func path(_ node: PlanNode, _ keyPath: String) throws -> String {
        let value = try reader.string(node, keyPath)
        let isURL = value.lowercased().hasPrefix("http://") || value.lowercased().hasPrefix("https://")
        guard value.hasPrefix("/") || isURL else {
            throw reader.fail(node.position, keyPath, "expected a path starting with /, got '\(value)'")
        }
        guard HTTPFieldSyntax.isRequestTarget(value) else {
            throw reader.fail(node.position, keyPath, "a path cannot hold spaces or control characters (CR, LF)")
        }
        return value
    }

    private func scheme(_ node: PlanNode, _ keyPath: String) throws -> String {
        let value = try reader.string(node, keyPath).lowercased()
        guard value == "http" || value == "https" else {
            throw reader.fail(node.position, keyPath, "expected http or https, got '\(value)'")
        }
        return value
    }

    /// A list of `- kind: value` items (or `- "kind: value"` text), or one such item.
    func conditions(_ node: PlanNode, _ keyPath: String) throws -> [Condition] {
        try reader.items(node).enumerated().map { index, item in
            let path = "\(keyPath)[\(index)]"
            let text: String
            if case .mapping(let pairs, _) = item {
                guard pairs.count == 1, let only = pairs.first else {
                    throw reader.fail(item.position, path, "expected one condition per item, like `- status: 200`")
                }
                if !ConditionParser.kinds.contains(only.key) {
                    let hint = DidYouMean.suggestion(for: only.key, among: ConditionParser.kinds)
                    throw reader.fail(
                        only.keyPosition, path,
                        "unknown condition '\(only.key)'"
                            + (hint.map { "; did you mean '\($0)'?" }
                                ?? "; expected one of \(ConditionParser.kinds.joined(separator: ", "))"))
                }
                text = "\(only.key): \(try reader.string(only.value, "\(path).\(only.key)"))"
            } else {
                text = try reader.string(item, path)
            }
            return try reader.located(item, path) { try ConditionParser.parse(text) }
        }
    }

    /// Text runs through `/bin/sh -c`; a list is argv; a mapping has `command` and `success-codes`.
    func exec(_ node: PlanNode, _ keyPath: String) throws -> ExecProbeSpec {
        switch node {
        case .scalar:
            let text = try reader.string(node, keyPath)
            return try reader.located(node, keyPath) { try ProbeParser.exec(text) }
        case .sequence:
            let argv = try reader.strings(node, keyPath)
            guard !argv.isEmpty else { throw reader.fail(node.position, keyPath, "expected a command") }
            return ExecProbeSpec(command: argv)
        case .mapping(let pairs, _):
            try reader.checkKeys(pairs, allowed: Self.execKeys, keyPath)
            guard let command = pairs.last(where: { $0.key == "command" }) else {
                throw reader.fail(node.position, keyPath, "expected a `command:`")
            }
            var spec = try exec(command.value, "\(keyPath).command")
            if let codes = pairs.last(where: { $0.key == "success-codes" }) {
                let key = "\(keyPath).success-codes"
                spec.successCodes = Set(
                    try reader.items(codes.value).map { try reader.int($0, key, what: "an exit code", in: 0...255) })
            }
            return spec
        }
    }
}

extension PlanNode {
    var isSequence: Bool {
        if case .sequence = self { return true }
        return false
    }

    var isMapping: Bool {
        if case .mapping = self { return true }
        return false
    }
}
