extension Condition {
    /// The condition as `ConditionParser` reads it (`status: 200-299`); parsing it gives this condition back.
    public var text: String {
        switch self {
        case .status(let ranges):
            let parts = ranges.map {
                $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)"
            }
            return "status: " + parts.joined(separator: ",")
        case .json(let path, let op, let value):
            return "json: \(path) \(op.rawValue) \(Self.jsonLiteral(value))"
        case .bodyContains(let value):
            return "body-contains: \(Self.quotedIfNeeded(value))"
        case .bodyMatches(let pattern):
            return "body-matches: \(Self.quotedIfNeeded(pattern))"
        case .header(let name, let op, let value):
            return "header: \(name) \(op.rawValue) \(Self.quotedIfNeeded(value))"
        case .responseTime(let milliseconds):
            return "response-time: < \(DurationText.exactText(milliseconds: milliseconds))"
        }
    }

    /// Bare for `true`, `false`, `null` and canonical numbers; quoted otherwise.
    static func jsonLiteral(_ value: String) -> String {
        if ["true", "false", "null"].contains(value) || ComparisonText.jsonValue(value) == value && Double(value) != nil
        {
            return value
        }
        return quote(value)
    }

    /// Quotes text that parsing would otherwise trim or unquote.
    static func quotedIfNeeded(_ value: String) -> String {
        let needs =
            value.isEmpty || value.first == "\"" || value.first == "'" || value.first?.isWhitespace == true
            || value.last?.isWhitespace == true
        return needs ? quote(value) : value
    }

    static func quote(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
