extension SourceLexer {
    /// `"…"`, `'…'` and backquoted literals: JavaScript template literals (with `${…}` holes), Go raw
    /// strings and runes, Python strings without a prefix.
    mutating func lexString(from start: (Int, Int, Int)) {
        guard let quote = peek() else { return }
        if language == .python {
            lexPythonString(prefix: 0, from: start)
            return
        }
        advance()
        var value = ""
        var run: Int? = nil
        var interpolated = false
        let raw = quote == "`" && language == .go
        let multiline = quote == "`"
        while let next = peek() {
            if next == quote || (next == "\n" && !multiline) { break }
            if next == "\\" && !raw {
                appendRun(&value, &run)
                advance()
                if let escaped = peek() { value.unicodeScalars.append(Self.decodeEscape(escaped)) }
                advance()
                continue
            }
            if quote == "`" && language == .javascript && next == "$" && peek(1) == "{" {
                appendRun(&value, &run)
                skipInterpolation(opening: 2)
                value.append(SourceToken.hole)
                interpolated = true
                continue
            }
            if run == nil { run = index }
            advance()
        }
        appendRun(&value, &run)
        if peek() == quote { advance() }
        emit(.string(value: value, interpolated: interpolated), from: start)
    }

    /// The length of a Python string prefix (`r`, `b`, `f`, `rb`, `fr`, `u` in any case) standing
    /// before a quote here, or nil.
    func pythonStringPrefixLength() -> Int? {
        guard language == .python else { return nil }
        // Not the end of an identifier such as `bar"` (a syntax error anyway).
        if index > 0, Self.isIdentifierPart(scalars[index - 1], language: .python) { return nil }
        for length in 1...2 {
            let letters = (0..<length).compactMap { peek($0) }
            guard letters.count == length,
                letters.allSatisfy({ "rRbBuUfF".unicodeScalars.contains($0) }),
                let quote = peek(length), quote == "\"" || quote == "'"
            else { continue }
            return length
        }
        return nil
    }

    /// A Python string with an optional prefix; triple-quoted strings span lines, f-strings get holes.
    mutating func lexPythonString(prefix: Int, from start: (Int, Int, Int)) {
        let letters = String(String.UnicodeScalarView((0..<prefix).compactMap { peek($0) })).lowercased()
        for _ in 0..<prefix { advance() }
        guard let quote = peek() else { return }
        let triple = peek(1) == quote && peek(2) == quote
        for _ in 0..<(triple ? 3 : 1) { advance() }
        let raw = letters.contains("r")
        let formatted = letters.contains("f")
        var value = ""
        var run: Int? = nil
        var interpolated = false
        while let next = peek() {
            let special = next == quote || next == "\n" || next == "\\" || (formatted && (next == "{" || next == "}"))
            if !special {
                if run == nil { run = index }
                advance()
                continue
            }
            appendRun(&value, &run)
            if next == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                for _ in 0..<(triple ? 3 : 1) { advance() }
                break
            }
            if next == "\n" && !triple { break }
            if next == "\\" {
                advance()
                if let escaped = peek() {
                    if raw { value.unicodeScalars.append("\\") }
                    value.unicodeScalars.append(raw ? escaped : Self.decodeEscape(escaped))
                }
                advance()
                continue
            }
            if formatted && next == "{" {
                if peek(1) == "{" {
                    value.append("{")
                    advance()
                    advance()
                    continue
                }
                skipInterpolation(opening: 1)
                value.append(SourceToken.hole)
                interpolated = true
                continue
            }
            if formatted && next == "}" && peek(1) == "}" { advance() }
            value.unicodeScalars.append(next)
            advance()
        }
        appendRun(&value, &run)
        emit(.string(value: value, interpolated: interpolated), from: start)
    }

    /// Appends the plain characters from `run` up to here, cut from the UTF-8 bytes in one piece.
    func appendRun(_ value: inout String, _ run: inout Int?) {
        guard let start = run else { return }
        value += String(decoding: utf8[byteOffsets[start]..<byteOffsets[index]], as: UTF8.self)
        run = nil
    }

    /// Skips `${…}` or `{…}` with nested braces and quoted strings inside.
    mutating func skipInterpolation(opening: Int) {
        for _ in 0..<opening { advance() }
        var braces = 1
        while let next = peek(), braces > 0 {
            switch next {
            case "{": braces += 1
            case "}": braces -= 1
            case "\"", "'", "`":
                advance()
                while let inner = peek(), inner != next {
                    if inner == "\\" { advance() }
                    advance()
                }
            default: break
            }
            advance()
        }
    }

    static func decodeEscape(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "n": "\n"
        case "t": "\t"
        case "r": "\r"
        case "0": "\0"
        default: scalar
        }
    }

    /// Whether a `/` here starts a regular expression literal rather than dividing: after an
    /// operator, an opening bracket, a keyword such as `return`, or at the start of the file.
    func regexMayStartHere() -> Bool {
        guard peek(1) != "/" && peek(1) != "*" else { return false }
        guard let previous = tokens.last(where: { !$0.isNewline }) else { return true }
        switch previous.kind {
        case .number, .string: return false
        case .identifier:
            return [
                "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield",
                "await",
            ]
            .contains(previous.text)
        case .punctuation: return ![")", "]", "}"].contains(previous.text)
        case .newline: return true
        }
    }

    /// A regular expression literal up to its closing `/` and flags; a `/` with no closing one on
    /// the same line is division after all.
    mutating func lexRegexOrSlash(from start: (Int, Int, Int)) {
        var offset = 1
        var inClass = false
        while let next = peek(offset), next != "\n" {
            if next == "\\" {
                offset += 2
                continue
            }
            if next == "[" { inClass = true }
            if next == "]" { inClass = false }
            if next == "/" && !inClass {
                for _ in 0...offset { advance() }
                while let flag = peek(), Self.isIdentifierPart(flag, language: .javascript) { advance() }
                emit(.punctuation, from: start)
                return
            }
            offset += 1
        }
        advance()
        emit(.punctuation, from: start)
    }
}
