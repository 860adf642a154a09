/// Lexical helpers for the `path op value` part of conditions.
enum ComparisonText {
    /// Operators longest first, so `<=` is not read as `<`.
    static let operators = ComparisonOperator.allCases.sorted { $0.rawValue.count > $1.rawValue.count }

    /// `op value` → the operator and the raw value text.
    static func comparison(_ text: String) -> (ComparisonOperator, String)? {
        guard let op = operators.first(where: { text.hasPrefix($0.rawValue) }) else { return nil }
        let value = text.dropFirst(op.rawValue.count).trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        return (op, value)
    }

    /// Where a JSON path ends: at a space or an operator character outside brackets and quotes.
    static func pathEnd(_ text: String) -> String.Index {
        var depth = 0
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "[" {
                depth += 1
            } else if character == "]" {
                depth -= 1
            } else if depth == 0, character == " " || "=!~<>".contains(character) {
                return index
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }

    /// A JSON literal as comparison text: quoted strings unquoted, numbers canonical, others as written.
    static func jsonValue(_ text: String) -> String {
        if text.first == "\"" || text.first == "'" { return unquote(text) }
        if let number = Double(text), text.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) {
            return JSONPath.canonicalNumber(number)
        }
        return text
    }

    /// Removes one pair of matching surrounding quotes; `\"` and `\\` inside double quotes are unescaped.
    static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else {
            return text
        }
        let inner = text.dropFirst().dropLast()
        guard first == "\"" else { return String(inner) }
        var result = ""
        var escaped = false
        for character in inner {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
