import ShipshapeCore

/// Decides between exec (JSON array) and shell form, as Docker does: invalid JSON is shell form.
enum CommandFormParser {
    static func parse(_ arguments: EmbeddedText) -> CommandForm {
        if arguments.scalars.first == "[", let words = JSONArrayParser.parse(arguments) {
            return .exec(words)
        }
        return .shell(arguments)
    }

    /// `HEALTHCHECK [opts] CMD ...` → the command's form; nil for `NONE` or a malformed line.
    static func healthcheckCommand(_ arguments: EmbeddedText) -> CommandForm? {
        let scalars = arguments.scalars
        var end = 0
        while end < scalars.count, !SourceLines.isBlank(scalars[end]) { end += 1 }
        guard arguments.slice(0..<end).text.uppercased() == "CMD" else { return nil }
        return parse(arguments.slice(end..<scalars.count).trimmingBlanks())
    }
}

/// A strict parser for a JSON array of strings that keeps each string's location.
enum JSONArrayParser {
    static func parse(_ text: EmbeddedText) -> [DockerfileWord]? {
        var parser = Cursor(scalars: text.scalars)
        var words: [DockerfileWord] = []
        parser.skipWhitespace()
        guard parser.consume("[") else { return nil }
        parser.skipWhitespace()
        if parser.consume("]") {
            parser.skipWhitespace()
            return parser.atEnd ? [] : nil
        }
        while true {
            parser.skipWhitespace()
            let start = parser.index
            guard let value = parser.string() else { return nil }
            words.append(DockerfileWord(value: value, location: text.location(of: start..<parser.index)))
            parser.skipWhitespace()
            if parser.consume(",") { continue }
            guard parser.consume("]") else { return nil }
            parser.skipWhitespace()
            return parser.atEnd ? words : nil
        }
    }

    private struct Cursor {
        let scalars: [Unicode.Scalar]
        var index = 0

        var atEnd: Bool { index >= scalars.count }

        mutating func skipWhitespace() {
            while index < scalars.count, " \t\n\r".unicodeScalars.contains(scalars[index]) { index += 1 }
        }

        mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }

        /// A JSON string literal with its escapes decoded; nil when malformed or unterminated.
        mutating func string() -> String? {
            guard consume("\"") else { return nil }
            var value = String.UnicodeScalarView()
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                if scalar == "\"" { return String(value) }
                if scalar == "\\" {
                    guard let decoded = escaped() else { return nil }
                    value.append(decoded)
                } else {
                    value.append(scalar)
                }
            }
            return nil
        }

        private mutating func escaped() -> Unicode.Scalar? {
            guard index < scalars.count else { return nil }
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\"", "\\", "/": return scalar
            case "b": return "\u{08}"
            case "f": return "\u{0C}"
            case "n": return "\n"
            case "r": return "\r"
            case "t": return "\t"
            case "u":
                guard index + 4 <= scalars.count else { return nil }
                let hex = String(String.UnicodeScalarView(scalars[index..<(index + 4)]))
                index += 4
                // Lone surrogates cannot be represented; Docker would reject them too.
                return UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
            default: return nil
            }
        }
    }
}
