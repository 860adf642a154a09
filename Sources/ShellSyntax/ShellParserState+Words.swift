import ShipshapeCore

extension ShellParserState {
    /// Scalars that end an unquoted word outside `[[ ]]`.
    static func isWordBreak(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case " ", "\t", "\n", ";", "&", "|", "(", ")", "<", ">": return true
        default: return false
        }
    }

    /// Lexes one word at `pos`: quotes removed, expansions kept as written, positions kept.
    mutating func lexWord() -> ShellToken {
        let start = pos
        var builder = WordBuilder()
        var index = pos
        while let c = scalar(at: index) {
            if inDoubleBracket {
                if c == " " || c == "\t" || c == "\n" || c == ";" { break }
            } else if Self.isWordBreak(c) {
                if let end = lexParenthesisInWord(at: index, wordStart: start, into: &builder) {
                    index = end
                    continue
                }
                break
            }
            if c == "\r", scalar(at: index + 1) == "\n" { break }
            index = lexWordPart(at: index, into: &builder)
        }
        if index == start {
            // Defensive: a scalar no rule consumed becomes a one-scalar word so lexing always advances.
            builder.append(source, range: index..<index + 1)
            index += 1
        }
        pos = index
        return wordToken(start..<index, builder)
    }

    /// The token for the word lexed over `range`.
    func wordToken(_ range: Range<Int>, _ builder: WordBuilder) -> ShellToken {
        let word = ShellWord(
            raw: ScalarText.string(scalars[range]),
            unquoted: builder.text(file: source.file, end: source.positions[range.upperBound]),
            hasExpansion: builder.hasExpansion,
            location: source.location(of: range))
        return ShellToken(kind: .word(word), range: range)
    }

    /// Handles `(` inside a word: an array assignment `a=(x y)` or a process substitution `<(...)`.
    mutating func lexParenthesisInWord(at index: Int, wordStart: Int, into builder: inout WordBuilder) -> Int? {
        let c = scalars[index]
        if c == "(", index > wordStart, isAssignmentPrefix(wordStart..<index), scalars[index - 1] == "=" {
            return lexArray(at: index, into: &builder)
        }
        if c == "<" || c == ">", index == wordStart, scalar(at: index + 1) == "(" {
            let end = parseCommandSubstitution(openParen: index + 1)
            builder.append(source, range: index..<end)
            builder.hasExpansion = true
            return end
        }
        return nil
    }

    /// `NAME=(elements...)`: kept as written in the word; substitutions in the elements are parsed.
    mutating func lexArray(at index: Int, into builder: inout WordBuilder) -> Int {
        var elements = WordBuilder()
        var i = index + 1
        while let c = scalar(at: i) {
            switch c {
            case ")":
                builder.append(source, range: index..<i + 1)
                builder.hasExpansion = builder.hasExpansion || elements.hasExpansion
                return i + 1
            case " ", "\t", "\n", "\r":
                i += 1
            case "#" where [" ", "\t", "\n", "("].contains(scalars[i - 1]):
                while let d = scalar(at: i), d != "\n" { i += 1 }
            default:
                i = lexWordPart(at: i, into: &elements)
            }
        }
        diagnose("unterminated array assignment", at: index..<index + 1)
        builder.append(source, range: index..<i)
        return i
    }

    /// Lexes one part of a word (a quoted string, an escape, an expansion or one plain scalar).
    mutating func lexWordPart(at index: Int, into builder: inout WordBuilder) -> Int {
        switch scalars[index] {
        case "\\":
            guard let next = scalar(at: index + 1) else {
                builder.append(source, range: index..<index + 1)
                return index + 1
            }
            if next != "\n" { builder.append(next, at: source.positions[index + 1]) }
            return index + 2
        case "'":
            return lexSingleQuoted(at: index, into: &builder)
        case "\"":
            return lexDoubleQuoted(at: index, into: &builder)
        case "$":
            if scalar(at: index + 1) == "(", scalar(at: index + 2) != "(" {
                // Straight to the substitution, keeping `lexDollar`'s frame off the recursion path.
                return lexSubstitution(at: index, into: &builder)
            }
            return lexDollar(at: index, inDoubleQuote: false, into: &builder)
        case "`":
            return lexBackticks(at: index, inDoubleQuote: false, into: &builder)
        default:
            builder.append(source, range: index..<index + 1)
            return index + 1
        }
    }

    /// `$(...)` at `index`: its commands are parsed, its text kept as written.
    mutating func lexSubstitution(at index: Int, into builder: inout WordBuilder) -> Int {
        let end = parseCommandSubstitution(openParen: index + 1)
        builder.append(source, range: index..<end)
        builder.hasExpansion = true
        return end
    }

    /// `'...'`: everything literal up to the next single quote.
    mutating func lexSingleQuoted(at index: Int, into builder: inout WordBuilder) -> Int {
        var end = index + 1
        while end < scalars.count, scalars[end] != "'" { end += 1 }
        builder.append(source, range: index + 1..<end)
        guard end < scalars.count else {
            diagnose("unterminated single quote", at: index..<index + 1)
            return end
        }
        return end + 1
    }

    /// `"..."`: backslash escapes only `$`, `` ` ``, `"`, `\` and newline; expansions are kept.
    mutating func lexDoubleQuoted(at index: Int, into builder: inout WordBuilder) -> Int {
        var i = index + 1
        while let c = scalar(at: i) {
            switch c {
            case "\"":
                return i + 1
            case "\\":
                let next = scalar(at: i + 1)
                if let next, next == "$" || next == "`" || next == "\"" || next == "\\" {
                    builder.append(next, at: source.positions[i + 1])
                    i += 2
                } else if next == "\n" {
                    i += 2
                } else {
                    builder.append(source, range: i..<i + 1)
                    i += 1
                }
            case "$" where scalar(at: i + 1) == "(" && scalar(at: i + 2) != "(":
                i = lexSubstitution(at: i, into: &builder)
            case "$":
                i = lexDollar(at: i, inDoubleQuote: true, into: &builder)
            case "`":
                i = lexBackticks(at: i, inDoubleQuote: true, into: &builder)
            default:
                builder.append(source, range: i..<i + 1)
                i += 1
            }
        }
        diagnose("unterminated double quote", at: index..<index + 1)
        return i
    }

    /// `$'...'`: ANSI-C quoting; common escapes are decoded, each at its backslash's position.
    mutating func lexAnsiQuoted(at index: Int, into builder: inout WordBuilder) -> Int {
        var i = index + 2
        while let c = scalar(at: i) {
            if c == "'" { return i + 1 }
            if c == "\\", let next = scalar(at: i + 1) {
                builder.append(Self.ansiEscape(next) ?? next, at: source.positions[i])
                i += 2
            } else {
                builder.append(source, range: i..<i + 1)
                i += 1
            }
        }
        diagnose("unterminated $'...' string", at: index..<index + 2)
        return i
    }

    /// The scalar an ANSI-C escape letter stands for.
    static func ansiEscape(_ letter: Unicode.Scalar) -> Unicode.Scalar? {
        switch letter {
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "e", "E": return "\u{1B}"
        case "f": return "\u{0C}"
        case "v": return "\u{0B}"
        case "0": return "\u{00}"
        default: return nil
        }
    }

    /// True when the scalars in `range` read `NAME=`, `NAME+=` or `NAME[...]=` (at least up to `=`).
    func isAssignmentPrefix(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        guard i < range.upperBound, Self.isNameStart(scalars[i]) else { return false }
        while i < range.upperBound, Self.isNameChar(scalars[i]) { i += 1 }
        if i < range.upperBound, scalars[i] == "[" {
            while i < range.upperBound, scalars[i] != "]" { i += 1 }
            i += 1
        }
        if i < range.upperBound, scalars[i] == "+" { i += 1 }
        return i < range.upperBound && scalars[i] == "="
    }

    static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.isASCII && c.properties.isAlphabetic)
    }

    static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        isNameStart(c) || ("0"..."9").contains(c)
    }
}
