/// Writes scalars that read back exactly through `PlanFileParser` (YAML plus `${}` interpolation).
enum YAMLText {
    /// Plain when unambiguous, else double-quoted; `$` before `{` or `$` is doubled so that
    /// interpolation leaves the value as it is.
    static func scalar(_ value: String) -> String {
        let escaped = escapeDollars(value)
        return isPlainSafe(escaped) ? escaped : doubleQuoted(escaped)
    }

    static func escapeDollars(_ value: String) -> String {
        var result = ""
        let characters = Array(value)
        for (index, character) in characters.enumerated() {
            result.append(character)
            if character == "$", index + 1 < characters.count,
                characters[index + 1] == "{" || characters[index + 1] == "$"
            {
                result.append("$")
            }
        }
        return result
    }

    private static let reservedWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n",
    ]

    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@` \t".contains(first) || last == " " || last == ":" { return false }
        if value.contains(": ") || value.contains(" #") || value.contains("\t") { return false }
        if reservedWords.contains(value.lowercased()) { return false }
        return value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }

    static func doubleQuoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
