import Plan
import ShipshapeCore

/// Compose-style interpolation of plan values: `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
/// `${VAR:?message}`, `${VAR?message}`; `$$` is a literal `$`.
///
/// A bare `$NAME` is left alone on purpose: JSON paths (`$.status`) and shell commands in `exec:`
/// are full of `$`, and only the braced form is unambiguous.
struct PlanInterpolator: Sendable {
    let environment: [String: String]

    func interpolate(_ text: String, at position: SourcePosition, path: String) throws -> String {
        guard text.contains("$") else { return text }
        var result = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            let after = rest[rest.index(after: dollar)...]
            if after.hasPrefix("$") {
                result += "$"
                rest = after.dropFirst()
            } else if after.hasPrefix("{"), let close = after.firstIndex(of: "}") {
                let body = after[after.index(after: after.startIndex)..<close]
                result += try substitute(String(body), at: position, path: path)
                rest = after[after.index(after: close)...]
            } else {
                result += "$"
                rest = after
            }
        }
        return result + rest
    }

    /// One `${...}` body: `NAME`, `NAME:-default`, `NAME-default`, `NAME:?message`, `NAME?message`.
    private func substitute(_ body: String, at position: SourcePosition, path: String) throws -> String {
        let nameEnd = body.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? body.endIndex
        let name = String(body[..<nameEnd])
        let modifier = body[nameEnd...]
        let fail = { (message: String) in
            PlanError.file(path: path, line: position.line, column: position.column, message: message)
        }
        guard !name.isEmpty, name.first?.isNumber == false else {
            throw fail("invalid interpolation '${\(body)}'; expected ${NAME}, ${NAME:-default} or ${NAME:?message}")
        }
        let value = environment[name]
        let colon = modifier.hasPrefix(":")
        let operation = colon ? modifier.dropFirst() : modifier
        // With a colon, an empty value counts as unset (as in compose and the shell).
        let isSet = colon ? !(value ?? "").isEmpty : value != nil
        if operation.isEmpty, modifier.isEmpty { return value ?? "" }
        switch operation.first {
        case "-": return isSet ? (value ?? "") : String(operation.dropFirst())
        case "?":
            guard isSet, let value else {
                let message = operation.dropFirst()
                throw fail("${\(name)} is required" + (message.isEmpty ? " but not set" : ": \(message)"))
            }
            return value
        default:
            throw fail("invalid interpolation '${\(body)}'; expected ${NAME}, ${NAME:-default} or ${NAME:?message}")
        }
    }
}
