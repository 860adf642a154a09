import Foundation
import Plan
import ShipshapeCore

/// Checks an HTTP response against the plan's conditions.
public enum ConditionEvaluator {
    /// One condition that did not hold: what was expected and what was seen.
    public struct Failure: Sendable, Hashable {
        public var condition: String
        public var expected: String
        public var seen: String

        public var message: String { "\(condition): expected \(expected), saw \(seen)" }
    }

    /// The status ranges that count as success: the plan's status conditions, else 2xx.
    public static func acceptedStatuses(_ conditions: [Condition]) -> [ClosedRange<Int>] {
        let ranges = conditions.flatMap { condition -> [ClosedRange<Int>] in
            if case .status(let ranges) = condition { return ranges }
            return []
        }
        return ranges.isEmpty ? [200...299] : ranges
    }

    /// The first non-status condition that fails, or nil when all hold (status is classified separately).
    public static func firstFailure(_ conditions: [Condition], response: HTTPSnapshot) -> Failure? {
        for condition in conditions {
            if let failure = evaluate(condition, response: response) { return failure }
        }
        return nil
    }

    package static func evaluate(_ condition: Condition, response: HTTPSnapshot) -> Failure? {
        switch condition {
        case .status(let ranges):
            let ok = ranges.contains { $0.contains(response.status) }
            return ok ? nil : Failure(condition: "status", expected: describe(ranges), seen: String(response.status))
        case .json(let path, let op, let value):
            guard let found = ResponseJSON.value(at: path, in: response.body) else {
                return Failure(
                    condition: "json \(path)", expected: "\(op.rawValue) \(value)",
                    seen: "no such field (body: \(response.bodyExcerpt(limit: 120)))")
            }
            let actual = ResponseJSON.text(of: found)
            return compare(actual, op, value)
                ? nil : Failure(condition: "json \(path)", expected: "\(op.rawValue) \(value)", seen: actual)
        case .bodyContains(let text):
            return response.body.contains(text)
                ? nil
                : Failure(condition: "body", expected: "to contain \"\(text)\"", seen: response.bodyExcerpt(limit: 120))
        case .bodyMatches(let pattern):
            return bodyMatches(pattern, response)
        case .header(let name, let op, let value):
            guard let actual = response.headers[name.lowercased()] else {
                return Failure(condition: "header \(name)", expected: "\(op.rawValue) \(value)", seen: "no such header")
            }
            return compare(actual, op, value)
                ? nil : Failure(condition: "header \(name)", expected: "\(op.rawValue) \(value)", seen: actual)
        case .responseTime(let limit):
            let took = response.durationMilliseconds
            return took <= limit
                ? nil : Failure(condition: "response time", expected: "≤ \(limit) ms", seen: "\(took) ms")
        }
    }

    private static func bodyMatches(_ pattern: String, _ response: HTTPSnapshot) -> Failure? {
        guard let regex = try? NSRegularExpression(pattern: pattern) else {
            return Failure(condition: "body regex", expected: "a valid regular expression", seen: pattern)
        }
        switch BoundedRegex.firstMatch(regex, in: response.body) {
        case .matched: return nil
        case .notMatched:
            return Failure(condition: "body", expected: "to match /\(pattern)/", seen: response.bodyExcerpt(limit: 120))
        case .gaveUp:
            return Failure(
                condition: "body regex", expected: "/\(pattern)/ to decide within \(BoundedRegex.budget)",
                seen: "still backtracking on a \(response.body.utf8.count)-byte body (simplify the pattern)")
        }
    }

    /// Compares numerically when both sides are numbers, else as text (`~=` means "contains").
    public static func compare(_ actual: String, _ op: ComparisonOperator, _ expected: String) -> Bool {
        if let left = Double(actual.trimmingCharacters(in: .whitespaces)),
            let right = Double(expected.trimmingCharacters(in: .whitespaces))
        {
            switch op {
            case .equal: return left == right
            case .notEqual: return left != right
            case .contains: return actual.contains(expected)
            case .less: return left < right
            case .lessOrEqual: return left <= right
            case .greater: return left > right
            case .greaterOrEqual: return left >= right
            }
        }
        switch op {
        case .equal: return actual == expected
        case .notEqual: return actual != expected
        case .contains: return actual.contains(expected)
        case .less: return actual < expected
        case .lessOrEqual: return actual <= expected
        case .greater: return actual > expected
        case .greaterOrEqual: return actual >= expected
        }
    }

    package static func describe(_ ranges: [ClosedRange<Int>]) -> String {
        ranges.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
            .joined(separator: ", ")
    }
}
