import Plan
import ShipshapeCore

/// Typed access to `PlanNode`s with errors that carry `file:line:col` and the key path.
struct PlanReader: Sendable {
    let path: String

    func fail(_ position: SourcePosition, _ keyPath: String, _ message: String) -> PlanError {
        PlanError.file(
            path: path, line: position.line, column: position.column,
            message: keyPath.isEmpty ? message : "\(keyPath): \(message)")
    }

    func mapping(_ node: PlanNode, _ keyPath: String) throws -> [PlanPair] {
        if case .mapping(let pairs, _) = node { return pairs }
        throw fail(node.position, keyPath, "expected a mapping, got \(node.kindName)")
    }

    /// Refuses keys outside `allowed`, suggesting the closest one.
    func checkKeys(_ pairs: [PlanPair], allowed: [String], _ keyPath: String) throws {
        for pair in pairs where !allowed.contains(pair.key) {
            let location = keyPath.isEmpty ? pair.key : "\(keyPath).\(pair.key)"
            let hint = DidYouMean.suggestion(for: pair.key, among: allowed).map { "; did you mean '\($0)'?" }
            throw fail(
                pair.keyPosition, location,
                "unknown key" + (hint ?? "; expected one of \(allowed.joined(separator: ", "))"))
        }
    }

    func string(_ node: PlanNode, _ keyPath: String) throws -> String {
        if case .scalar(let value, false, _) = node { return value }
        throw fail(node.position, keyPath, "expected text, got \(node.kindName)")
    }

    func strings(_ node: PlanNode, _ keyPath: String) throws -> [String] {
        guard case .sequence(let items, _) = node else { return [try string(node, keyPath)] }
        return try items.enumerated().map { try string($1, "\(keyPath)[\($0)]") }
    }

    /// Items of a list, or the node itself when a single value is written.
    func items(_ node: PlanNode) -> [PlanNode] {
        if case .sequence(let items, _) = node { return items }
        return [node]
    }

    func int(_ node: PlanNode, _ keyPath: String, what: String, in range: ClosedRange<Int>) throws -> Int {
        guard case .scalar(let text, false, _) = node, let value = Int(text), range.contains(value) else {
            throw fail(node.position, keyPath, "expected \(what), got \(node.kindName)")
        }
        return value
    }

    func port(_ node: PlanNode, _ keyPath: String) throws -> Int {
        try int(node, keyPath, what: "a port number", in: 1...65_535)
    }

    func double(_ node: PlanNode, _ keyPath: String, what: String, in range: ClosedRange<Double>) throws -> Double {
        guard case .scalar(let text, false, _) = node, let value = Double(text), range.contains(value) else {
            throw fail(node.position, keyPath, "expected \(what), got \(node.kindName)")
        }
        return value
    }

    func bool(_ node: PlanNode, _ keyPath: String) throws -> Bool {
        if case .scalar(let text, false, _) = node {
            if ["true", "yes", "on"].contains(text.lowercased()) { return true }
            if ["false", "no", "off"].contains(text.lowercased()) { return false }
        }
        throw fail(node.position, keyPath, "expected true or false, got \(node.kindName)")
    }

    /// Milliseconds from `90s`, `1m30s`, `500ms` or a bare number of seconds.
    func duration(_ node: PlanNode, _ keyPath: String) throws -> Int {
        guard case .scalar(let text, false, _) = node else {
            throw fail(node.position, keyPath, "expected a duration like 90s, 500ms or 1m30s, got \(node.kindName)")
        }
        switch DurationText.parse(text) {
        case .success(let value): return value
        case .failure(.outOfRange):
            throw fail(
                node.position, keyPath,
                "'\(text)' is too long: durations are at most \(DurationText.maximumMilliseconds / 3_600_000)h")
        case .failure(.notADuration):
            throw fail(node.position, keyPath, "expected a duration like 90s, 500ms or 1m30s, got \(node.kindName)")
        }
    }

    /// Runs `body`, moving a location-less `PlanError` from the text parsers to `node`.
    func located<T>(_ node: PlanNode, _ keyPath: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as PlanError {
            if case .file = error { throw error }
            throw fail(node.position, keyPath, error.localizedDescription)
        }
    }
}
