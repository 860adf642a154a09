/// A condition on an HTTP response.
public enum Condition: Sendable, Hashable, Codable {
    /// Status in any of the ranges (`200-299`, `204`).
    case status([ClosedRange<Int>])
    /// A JSON path (`$.status`, `$.checks[0].ok`) compared with a value.
    case json(path: String, op: ComparisonOperator, value: String)
    case bodyContains(String)
    /// `NSRegularExpression` syntax.
    case bodyMatches(String)
    /// A response header compared with a value (`~=` is "contains").
    case header(name: String, op: ComparisonOperator, value: String)
    /// The response arrives within this many milliseconds.
    case responseTime(maxMilliseconds: Int)

    /// The default: any 2xx status.
    public static let success = Condition.status([200...299])
}

public enum ComparisonOperator: String, Sendable, Hashable, Codable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case contains = "~="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}
