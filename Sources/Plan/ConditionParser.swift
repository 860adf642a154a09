import Foundation

/// Parses condition text shared by `shipshape.yml` (`- status: 200`) and flags (`--expect 'status 200'`).
///
/// Forms: `status: 200-299,204`, `json: $.status == "healthy"`, `body-contains: ok`,
/// `body-matches: ^OK$`, `header: content-type ~= json`, `response-time: < 500ms`.
/// The colon after the kind is optional (`status 200`).
public enum ConditionParser {
    /// The condition kinds, as written.
    public static let kinds = ["status", "json", "body-contains", "body-matches", "header", "response-time"]

    public static func parse(_ text: String) throws -> Condition {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let (kind, rest) = split(trimmed)
        let fail = { (reason: String) in PlanError.invalidCondition(text: text, reason: reason) }
        switch kind.lowercased() {
        case "status": return .status(try statusRanges(rest, fail: fail))
        case "json": return try json(rest, fail: fail)
        case "body-contains":
            let value = ComparisonText.unquote(rest)
            guard !value.isEmpty else { throw fail("expected text to look for") }
            return .bodyContains(value)
        case "body-matches": return .bodyMatches(try regex(ComparisonText.unquote(rest), fail: fail))
        case "header": return try header(rest, fail: fail)
        case "response-time": return .responseTime(maxMilliseconds: try responseTime(rest, fail: fail))
        default:
            throw fail("unknown condition kind '\(kind)'; expected one of \(kinds.joined(separator: ", "))")
        }
    }

    /// Splits `kind: rest` or `kind rest`.
    static func split(_ text: String) -> (kind: String, rest: String) {
        let end = text.firstIndex { $0 == ":" || $0 == " " || $0 == "\t" } ?? text.endIndex
        var rest = text[end...]
        if rest.first == ":" { rest = rest.dropFirst() }
        return (String(text[..<end]), rest.trimmingCharacters(in: .whitespaces))
    }

    /// `200-299,204`, `2xx`.
    static func statusRanges(_ text: String, fail: (String) -> PlanError) throws -> [ClosedRange<Int>] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { throw fail("expected a status code or range") }
        return try parts.map { part in
            let lower = part.lowercased()
            if lower.count == 3, lower.hasSuffix("xx"), let digit = Int(lower.prefix(1)), (1...5).contains(digit) {
                return (digit * 100)...(digit * 100 + 99)
            }
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
                (100...599).contains(low), (100...599).contains(high), low <= high
            else { throw fail("'\(part)' is not a status code (100-599) or range like 200-299") }
            return low...high
        }
    }

    static func json(_ text: String, fail: (String) -> PlanError) throws -> Condition {
        let pathEnd = ComparisonText.pathEnd(text)
        let path = String(text[..<pathEnd])
        do { _ = try JSONPath(path) } catch { throw fail("\(error.localizedDescription)") }
        let rest = text[pathEnd...].trimmingCharacters(in: .whitespaces)
        guard let (op, value) = ComparisonText.comparison(rest) else {
            throw fail("expected a comparison after the path, like `== \"healthy\"`")
        }
        return .json(path: path, op: op, value: ComparisonText.jsonValue(value))
    }

    static func header(_ text: String, fail: (String) -> PlanError) throws -> Condition {
        let nameEnd = text.firstIndex { $0 == " " || "=!~<>".contains($0) } ?? text.endIndex
        let name = String(text[..<nameEnd])
        guard !name.isEmpty else { throw fail("expected a header name") }
        let rest = text[nameEnd...].trimmingCharacters(in: .whitespaces)
        guard let (op, value) = ComparisonText.comparison(rest) else {
            throw fail("expected a comparison after the header name, like `~= json`")
        }
        return .header(name: name, op: op, value: ComparisonText.unquote(value))
    }

    static func regex(_ pattern: String, fail: (String) -> PlanError) throws -> String {
        guard !pattern.isEmpty else { throw fail("expected a regular expression") }
        do { _ = try NSRegularExpression(pattern: pattern) } catch {
            throw fail("'\(pattern)' is not a valid regular expression")
        }
        return pattern
    }

    /// `< 500ms`, `<= 2s`, `500ms`.
    static func responseTime(_ text: String, fail: (String) -> PlanError) throws -> Int {
        var rest = Substring(text)
        if rest.hasPrefix("<=") { rest = rest.dropFirst(2) } else if rest.hasPrefix("<") { rest = rest.dropFirst() }
        switch DurationText.parse(String(rest)) {
        case .success(let milliseconds) where milliseconds > 0: return milliseconds
        case .failure(.outOfRange):
            throw fail("'\(text)' is too long: durations are at most \(DurationText.maximumMilliseconds / 3_600_000)h")
        default: throw fail("expected a duration like `< 500ms`")
        }
    }
}
