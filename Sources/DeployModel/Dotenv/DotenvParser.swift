import ShipshapeCore

/// Parses `.env` files the way docker compose reads them.
///
/// `KEY=value`, `export KEY=value`, spaces around `=`, `"double"` (escapes `\n \r \t \" \\ \$`,
/// may span lines), `'single'` (literal, may span lines), unquoted values ending at ` #`.
/// A line that is not an assignment is reported and skipped.
public enum DotenvParser {
    public static func parse(path: String, text: String) -> EnvFile {
        var scanner = DotenvScanner(file: path, lines: SourceLines(text))
        scanner.run()
        return EnvFile(path: path, entries: scanner.entries, problems: scanner.problems)
    }
}

/// Walks the lines of a `.env` file, one assignment at a time.
struct DotenvScanner {
    let file: String
    let lines: SourceLines
    private(set) var entries: [EnvEntry] = []
    private(set) var problems: [ParseProblem] = []
    private var line = 1

    init(file: String, lines: SourceLines) {
        self.file = file
        self.lines = lines
    }

    mutating func run() {
        while line <= lines.lineCount {
            parseLine()
            line += 1
        }
    }

    /// Parses the assignment starting on `line`; multi-line values advance `line`.
    private mutating func parseLine() {
        let text = lines.line(line)
        var index = text.prefix { $0 == " " || $0 == "\t" }.count
        guard index < text.count, text[index] != "#" else { return }
        if text[index...].starts(with: "export ".unicodeScalars)
            || text[index...].starts(with: "export\t".unicodeScalars)
        {
            index += 7
            while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        }
        let keyStart = index
        while index < text.count, Self.isKeyScalar(text[index]) { index += 1 }
        let key = String(String.UnicodeScalarView(text[keyStart..<index]))
        let keyLocation = SourceLocation(file: file, line: line, column: keyStart + 1, endColumn: index + 1)
        while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        guard !key.isEmpty, index < text.count, text[index] == "=", let first = key.unicodeScalars.first,
            !("0"..."9").contains(first)
        else {
            problems.append(
                ParseProblem(
                    location: SourceLocation(file: file, line: line, column: keyStart + 1),
                    message: "expected KEY=value in .env file"))
            return
        }
        index += 1
        while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        let valueText: EmbeddedText
        if index < text.count, text[index] == "\"" || text[index] == "'" {
            valueText = quoted(from: index, quote: text[index])
        } else {
            valueText = unquoted(text, from: index)
        }
        entries.append(EnvEntry(key: key, value: valueText.text, keyLocation: keyLocation, valueText: valueText))
    }

    /// An unquoted value: up to a ` #` comment, trailing whitespace trimmed.
    private func unquoted(_ text: SourceLines.Line, from start: Int) -> EmbeddedText {
        var end = start
        while end < text.count {
            if text[end] == "#", end > start, text[end - 1] == " " || text[end - 1] == "\t" { break }
            end += 1
        }
        while end > start, text[end - 1] == " " || text[end - 1] == "\t" { end -= 1 }
        return EmbeddedText(
            file: file, text: String(String.UnicodeScalarView(text[start..<end])),
            start: SourcePosition(line: line, column: start + 1))
    }

    /// A quoted value opening at column index `start` of `line`, possibly spanning lines.
    private mutating func quoted(from start: Int, quote: Unicode.Scalar) -> EmbeddedText {
        let opening = SourcePosition(line: line, column: start + 1)
        var position = lines.advance(opening)
        var scalars: [Unicode.Scalar] = []
        var positions: [SourcePosition] = []
        while let scalar = lines.scalar(at: position) {
            if scalar == quote {
                line = position.line
                return EmbeddedText(file: file, scalars: scalars, positions: positions + [position])
            }
            var decoded = scalar
            let here = position
            if quote == "\"", scalar == "\\", let next = lines.scalar(at: lines.advance(position)),
                let escaped = Self.escapes[next]
            {
                decoded = escaped
                position = lines.advance(position)
            }
            scalars.append(decoded)
            positions.append(here)
            position = lines.advance(position)
        }
        problems.append(
            ParseProblem(
                location: SourceLocation(file: file, start: opening),
                message: "unterminated \(quote) quote in .env value"))
        // Keep the rest of the opening line as the value; carry on after it.
        let lineEnd = lines.line(opening.line).count + 1
        let lineCount = positions.prefix { $0.line == opening.line && $0.column < lineEnd }.count
        return EmbeddedText(
            file: file, scalars: Array(scalars.prefix(lineCount)),
            positions: Array(positions.prefix(lineCount)) + [SourcePosition(line: opening.line, column: lineEnd)])
    }

    private static let escapes: [Unicode.Scalar: Unicode.Scalar] = [
        "n": "\n", "r": "\r", "t": "\t", "\"": "\"", "\\": "\\", "$": "$",
    ]

    static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "." || scalar == "-" || (scalar.isASCII && scalar.properties.isAlphabetic)
            || ("0"..."9").contains(scalar)
    }
}
