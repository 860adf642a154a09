/// Splits Python, JavaScript/TypeScript and Go source into tokens. Linear in the input, never
/// fails: an unterminated string or comment ends at the end of the file (or line, where the
/// language says so), and any character it does not know becomes a one-character punctuation token.
public struct SourceLexer {
    let language: SourceLanguage
    let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes and, for each scalar index, where its bytes start: token text is cut
    /// from the bytes, far cheaper than assembling it scalar by scalar.
    let utf8: [UInt8]
    let byteOffsets: [Int]
    var cursor: ScalarCursor
    var tokens: [SourceToken] = []

    var index: Int { cursor.offset }
    var line: Int { cursor.line }
    var column: Int { cursor.column }

    public static func tokenize(_ text: String, language: SourceLanguage) -> [SourceToken] {
        var lexer = SourceLexer(language: language, text: text)
        lexer.run()
        return lexer.tokens
    }

    init(language: SourceLanguage, text: String) {
        self.language = language
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        byteOffsets = offsets
        utf8 = Array(text.utf8)
        cursor = ScalarCursor(scalars)
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let position = index + offset
        return position < scalars.count ? scalars[position] : nil
    }

    mutating func advance() { cursor.advance() }

    mutating func run() {
        // `#!/usr/bin/env node` and the like.
        if scalars.starts(with: "#!".unicodeScalars) { skipLineComment() }
        while let scalar = peek() {
            let start = (index, line, column)
            switch scalar {
            case "\n":
                advance()
                emit(.newline, from: start)
            case " ", "\t", "\r", "\u{0C}", "\u{0B}":
                advance()
            case "\\" where peek(1) == "\n" || (peek(1) == "\r" && peek(2) == "\n"):
                // A line continuation: the statement goes on.
                while let next = peek(), next != "\n" { advance() }
                advance()
            case "#" where language == .python:
                skipLineComment()
            case "/" where language != .python && peek(1) == "/":
                skipLineComment()
            case "/" where language != .python && peek(1) == "*":
                skipBlockComment()
            case "\"", "'", "`":
                lexString(from: start)
            case "/" where language == .javascript && regexMayStartHere():
                lexRegexOrSlash(from: start)
            default:
                if let prefix = pythonStringPrefixLength() {
                    lexPythonString(prefix: prefix, from: start)
                } else if Self.isIdentifierStart(scalar, language: language) {
                    // The first character is always consumed: `#` starts a private name but is no part of one.
                    advance()
                    while let next = peek(), Self.isIdentifierPart(next, language: language) { advance() }
                    emit(.identifier, from: start)
                } else if Self.isDigit(scalar) || (scalar == "." && peek(1).map(Self.isDigit) == true) {
                    lexNumber(from: start)
                } else {
                    lexPunctuation(from: start)
                }
            }
        }
    }

    mutating func emit(_ kind: SourceToken.Kind, from start: (Int, Int, Int)) {
        let text = String(decoding: utf8[byteOffsets[start.0]..<byteOffsets[index]], as: UTF8.self)
        tokens.append(
            SourceToken(kind: kind, text: text, line: start.1, column: start.2, endLine: line, endColumn: column))
    }

    mutating func skipLineComment() {
        while let next = peek(), next != "\n" { advance() }
    }

    mutating func skipBlockComment() {
        advance()
        advance()
        while let next = peek() {
            if next == "*" && peek(1) == "/" {
                advance()
                advance()
                return
            }
            advance()
        }
    }

    mutating func lexNumber(from start: (Int, Int, Int)) {
        while let next = peek() {
            if Self.isIdentifierPart(next, language: .python) || next == "." {
                advance()
            } else if (next == "+" || next == "-"), let previous = index > 0 ? scalars[index - 1] : nil,
                previous == "e" || previous == "E", !scalars[start.0...].starts(with: "0x".unicodeScalars)
            {
                advance()
            } else {
                break
            }
        }
        emit(.number, from: start)
    }

    static let punctuators: [String] = [
        "===", "!==", "**=", "...", "??=", "<<=", ">>=", ">>>", "&&=", "||=", "==", "!=", "<=", ">=", ":=", "=>", "->",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "&&", "||", "??", "?.", "<<", ">>", "++", "--", "**", "//",
        "<-",
    ]

    /// Multi-character operators by their first character, longest first.
    static let punctuatorsByFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = {
        var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for symbol in punctuators {
            let scalars = Array(symbol.unicodeScalars)
            table[scalars[0], default: []].append(scalars)
        }
        return table.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    mutating func lexPunctuation(from start: (Int, Int, Int)) {
        guard let first = peek() else { return }
        for symbol in Self.punctuatorsByFirst[first] ?? [] {
            guard symbol.indices.allSatisfy({ peek($0) == symbol[$0] }) else { continue }
            // `a?.5:1` is a conditional, not optional chaining.
            if symbol == ["?", "."], peek(2).map(Self.isDigit) == true { continue }
            for _ in symbol { advance() }
            emit(.punctuation, from: start)
            return
        }
        advance()
        emit(.punctuation, from: start)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isIdentifierStart(_ scalar: Unicode.Scalar, language: SourceLanguage) -> Bool {
        if scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) { return true }
        if language == .javascript && (scalar == "$" || scalar == "#") { return true }
        return scalar.value > 0x7F && scalar.properties.isAlphabetic
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar, language: SourceLanguage) -> Bool {
        isDigit(scalar) || (scalar != "#" && isIdentifierStart(scalar, language: language))
    }
}
