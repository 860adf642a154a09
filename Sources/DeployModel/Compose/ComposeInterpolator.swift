import ShipshapeCore

/// Compose-style variable interpolation over an `EmbeddedText`.
///
/// Supports `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`,
/// `${VAR:+alt}`, `${VAR+alt}` and `$$`. Substituted scalars take the position of the `$`, so
/// locations still point at the reference. An unset variable without a default becomes empty,
/// as compose does; only the `?` forms report a problem.
struct ComposeInterpolator {
    /// How messages about unset `${VAR:?}` variables start (they are not syntax errors).
    static let requiredVariablePrefix = "required variable"

    /// How notes about values left unknown by unset variables start (they are not syntax errors).
    static let unsetVariablePrefix = "unset variable"

    let environment: [String: String]

    /// Names `text` refers to without a default (`$X`, `${X}`, `${X:?…}`, `${X:+…}`) that the
    /// environment does not set, in order of appearance.
    func unsetVariables(in text: String) -> [String] {
        var names: [String] = []
        for reference in Self.references(in: Array(text.unicodeScalars))
        where !reference.hasDefault && environment[reference.name] == nil && !names.contains(reference.name) {
            names.append(reference.name)
        }
        return names
    }

    /// A variable reference in a text: `$X`, `${X}` (no operator) or `${X:-word}` and the like.
    struct Reference: Equatable {
        var name: String
        /// What follows the name inside the braces: `:-`, `-`, `:?`, `?`, `:+`, `+`; empty for `$X` and `${X}`.
        var operation: String
        /// The scalars from the `$` to the end of the name.
        var range: Range<Int>

        var hasDefault: Bool { operation == "-" || operation == ":-" }
    }

    /// Every variable reference in `scalars`, in order; `$$` is an escaped dollar, not a reference.
    static func references(in scalars: [Unicode.Scalar]) -> [Reference] {
        var references: [Reference] = []
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "$" else {
                index += 1
                continue
            }
            if scalars[index + 1] == "$" {
                index += 2
                continue
            }
            let braced = scalars[index + 1] == "{"
            var end = index + (braced ? 2 : 1)
            let start = end
            while end < scalars.count, isNameChar(scalars[end]) { end += 1 }
            let name = String(String.UnicodeScalarView(scalars[start..<end]))
            var operation = ""
            if braced, end < scalars.count, scalars[end] != "}" {
                operation.unicodeScalars.append(scalars[end])
                if scalars[end] == ":", end + 1 < scalars.count { operation.unicodeScalars.append(scalars[end + 1]) }
            }
            if !name.isEmpty { references.append(Reference(name: name, operation: operation, range: index..<end)) }
            index = max(end, index + 1)
        }
        return references
    }

    /// The interpolated text and any notes about required variables that are unset.
    func interpolate(_ text: EmbeddedText) -> (text: EmbeddedText, problems: [ParseProblem]) {
        var output = Output()
        var problems: [ParseProblem] = []
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "$", index + 1 < scalars.count else {
                output.append(scalars[index], at: text.positions[index])
                index += 1
                continue
            }
            let dollar = text.positions[index]
            let next = scalars[index + 1]
            if next == "$" {
                output.append("$", at: dollar)
                index += 2
            } else if next == "{", let close = closingBrace(scalars, from: index + 2) {
                let body = text.slice(index + 2..<close)
                let (value, notes) = expand(body, at: text.location(of: index..<close + 1))
                output.append(value, at: dollar)
                problems += notes
                index = close + 1
            } else if Self.isNameStart(next) {
                var end = index + 1
                while end < scalars.count, Self.isNameChar(scalars[end]) { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[index + 1..<end]))
                output.append(environment[name] ?? "", at: dollar)
                index = end
            } else {
                output.append("$", at: dollar)
                index += 1
            }
        }
        let end = text.positions.last ?? SourcePosition(line: 1, column: 1)
        return (EmbeddedText(file: text.file, scalars: output.scalars, positions: output.positions + [end]), problems)
    }

    /// Interpolates a plain string (no positions needed).
    func interpolate(_ string: String, file: String) -> String {
        interpolate(EmbeddedText(file: file, text: string)).text.text
    }

    /// Expands the inside of `${...}`.
    private func expand(_ body: EmbeddedText, at location: SourceLocation) -> (String, [ParseProblem]) {
        let scalars = body.scalars
        var nameEnd = 0
        while nameEnd < scalars.count, Self.isNameChar(scalars[nameEnd]) { nameEnd += 1 }
        let name = String(String.UnicodeScalarView(scalars[0..<nameEnd]))
        let current = environment[name]
        guard nameEnd < scalars.count else { return (current ?? "", []) }
        let colon = scalars[nameEnd] == ":"
        let operatorIndex = colon ? nameEnd + 1 : nameEnd
        guard operatorIndex < scalars.count else { return (current ?? "", []) }
        let (word, notes) = interpolate(body.slice(operatorIndex + 1..<scalars.count))
        let unset = colon ? (current ?? "").isEmpty : current == nil
        switch scalars[operatorIndex] {
        case "-":
            return unset ? (word.text, notes) : (current ?? "", [])
        case "+":
            return unset ? ("", []) : (word.text, notes)
        case "?":
            guard unset else { return (current ?? "", []) }
            let detail = word.text.isEmpty ? "" : ": \(word.text)"
            let message = "\(Self.requiredVariablePrefix) \(name) is not set\(detail)"
            return ("", notes + [ParseProblem(location: location, message: message)])
        default:
            return (
                current ?? "",
                [ParseProblem(location: location, message: "invalid interpolation format for ${\(body.text)}")]
            )
        }
    }

    /// The index of the `}` closing a `${` whose body starts at `start`, honouring nested `${...}`.
    private func closingBrace(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < scalars.count {
            if scalars[index] == "$", index + 1 < scalars.count, scalars[index + 1] == "{" {
                depth += 1
                index += 1
            } else if scalars[index] == "}" {
                if depth == 0 { return index }
                depth -= 1
            }
            index += 1
        }
        return nil
    }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    static func isNameChar(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || ("0"..."9").contains(scalar)
    }

    /// Scalars and positions being built up.
    private struct Output {
        var scalars: [Unicode.Scalar] = []
        var positions: [SourcePosition] = []

        mutating func append(_ scalar: Unicode.Scalar, at position: SourcePosition) {
            scalars.append(scalar)
            positions.append(position)
        }

        mutating func append(_ string: String, at position: SourcePosition) {
            for scalar in string.unicodeScalars { append(scalar, at: position) }
        }
    }
}
