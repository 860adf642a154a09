import ShipshapeCore

/// A blank-separated word of an instruction's arguments, quotes removed.
struct ArgumentWord: Sendable, Hashable {
    let value: String
    /// The scalars the word covers in the arguments.
    let range: Range<Int>
}

/// Splits arguments into words as `ENV`, `ARG`, `COPY`, `EXPOSE` and `FROM` read them.
enum ArgumentWords {
    static func split(_ text: EmbeddedText) -> [ArgumentWord] {
        let scalars = text.scalars
        var words: [ArgumentWord] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count, isSeparator(scalars[index]) { index += 1 }
            guard index < scalars.count else { break }
            let start = index
            var value = String.UnicodeScalarView()
            var quote: Unicode.Scalar?
            while index < scalars.count {
                let scalar = scalars[index]
                if quote == nil, isSeparator(scalar) { break }
                index += 1
                if scalar == quote {
                    quote = nil
                } else if quote == nil, scalar == "'" || scalar == "\"" {
                    quote = scalar
                } else if scalar == "\\", quote != "'", index < scalars.count {
                    // Inside double quotes only a few characters are escapable; keep the backslash otherwise.
                    let next = scalars[index]
                    if quote == "\"", !"\"\\$`".unicodeScalars.contains(next) { value.append(scalar) }
                    value.append(next)
                    index += 1
                } else {
                    value.append(scalar)
                }
            }
            words.append(ArgumentWord(value: String(value), range: start..<index))
        }
        return words
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        SourceLines.isBlank(scalar) || scalar == "\n"
    }
}
