import Foundation

/// Why a plan, a condition, a probe flag or a JSON path could not be read.
///
/// Every message names the offending text and, where it helps, shows a valid example.
public enum PlanError: Error, LocalizedError, Sendable, Hashable {
    /// A condition such as `status: 200-299` or `json: $.status == "healthy"` is malformed.
    case invalidCondition(text: String, reason: String)
    /// A probe flag value (`--http :8000/health`, `--tcp 5432`, `--exec '...'`) is malformed.
    case invalidProbe(kind: ProbeKind, text: String, reason: String)
    /// A JSON path (`$.a.b`, `$.a[0]`, `$["key"]`) is malformed.
    case invalidJSONPath(text: String, reason: String)
    /// A plan file problem at a 1-based line and column; `message` starts with the key path.
    case file(path: String, line: Int, column: Int, message: String)

    public var errorDescription: String? {
        switch self {
        case .invalidCondition(let text, let reason):
            return "invalid condition '\(text)': \(reason) (for example `status: 200-299`, "
                + "`json: $.status == \"healthy\"`, `body-contains: ok`, `header: content-type ~= json`, "
                + "`response-time: < 500ms`)"
        case .invalidProbe(let kind, let text, let reason):
            return "invalid \(kind.flag) '\(text)': \(reason) (for example \(kind.example))"
        case .invalidJSONPath(let text, let reason):
            return "invalid JSON path '\(text)': \(reason) (for example `$.status`, `$.checks[0].ok`, `$[\"key\"]`)"
        case .file(let path, let line, let column, let message):
            return "\(path):\(line):\(column): \(message)"
        }
    }
}
