/// Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}` (and the colon-less forms) the way
/// BuildKit does in `FROM`, except that an unset variable without a fallback makes the whole
/// result unknown (nil) instead of silently empty: guessing an image would mislead every rule.
public enum ArgSubstitution {
    /// The expanded text, or nil when a variable cannot be resolved.
    public static func substitute(_ text: String, variables: [String: String], depth: Int = 0) -> String? {
        guard depth < 8 else { return nil }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count, scalars[index + 1] == "$" {
                output.append("$")
                index += 2
                continue
            }
            guard scalar == "$", index + 1 < scalars.count else {
                output.append(scalar)
                index += 1
                continue
            }
            guard let (value, next) = expansion(scalars, at: index + 1, variables: variables, depth: depth) else {
                return nil
            }
            output.append(contentsOf: value.unicodeScalars)
            index = next
        }
        return String(output)
    }

    private static func expansion(
        _ scalars: [Unicode.Scalar], at start: Int, variables: [String: String], depth: Int
    ) -> (String, Int)? {
        if scalars[start] != "{" {
            var end = start
            while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
            guard end > start else { return ("$", start) }
            let name = String(String.UnicodeScalarView(scalars[start..<end]))
            guard let value = variables[name] else { return nil }
            return (value, end)
        }
        guard let close = closingBrace(scalars, from: start + 1) else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<close]))
        guard let value = braced(body, variables: variables, depth: depth) else { return nil }
        return (value, close + 1)
    }

    private static func closingBrace(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var nesting = 0
        var index = start
        while index < scalars.count {
            if scalars[index] == "{" { nesting += 1 }
            if scalars[index] == "}" {
                if nesting == 0 { return index }
                nesting -= 1
            }
            index += 1
        }
        return nil
    }

    /// `NAME`, `NAME:-word`, `NAME-word`, `NAME:+word`, `NAME+word`, `NAME:?word`.
    private static func braced(_ body: String, variables: [String: String], depth: Int) -> String? {
        let scalars = Array(body.unicodeScalars)
        var end = 0
        while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
        let name = String(String.UnicodeScalarView(scalars[0..<end]))
        guard !name.isEmpty else { return nil }
        let value = variables[name]
        guard end < scalars.count else { return value }
        var opIndex = end
        let colon = scalars[opIndex] == ":"
        if colon { opIndex += 1 }
        guard opIndex < scalars.count else { return nil }
        let op = scalars[opIndex]
        let word = String(String.UnicodeScalarView(scalars[(opIndex + 1)...]))
        // With a colon, an empty value counts as unset.
        let isSet = value.map { colon ? !$0.isEmpty : true } ?? false
        switch op {
        case "-": return isSet ? value : substitute(word, variables: variables, depth: depth + 1)
        case "+": return isSet ? substitute(word, variables: variables, depth: depth + 1) : ""
        case "?": return isSet ? value : nil
        default: return nil
        }
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil))
    }
}
