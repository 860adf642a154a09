import ShipshapeCore

extension ShellParserState {
    /// Lexes what follows a `$`; expansions are appended as written and mark the word.
    mutating func lexDollar(at index: Int, inDoubleQuote: Bool, into builder: inout WordBuilder) -> Int {
        let next = scalar(at: index + 1)
        var end: Int
        switch next {
        case "(":
            if scalar(at: index + 2) == "(" {
                end = skipOrDiagnose(from: index + 2, mode: .paren, what: "$((", at: index)
            } else {
                end = parseCommandSubstitution(openParen: index + 1)
            }
        case "{":
            end = skipOrDiagnose(from: index + 2, mode: .brace, what: "${", at: index)
        case "'" where !inDoubleQuote:
            return lexAnsiQuoted(at: index, into: &builder)
        case "\"" where !inDoubleQuote:
            return lexDoubleQuoted(at: index + 1, into: &builder)
        case let c? where Self.isNameStart(c):
            end = index + 1
            while let d = scalar(at: end), Self.isNameChar(d) { end += 1 }
        case let c? where ("0"..."9").contains(c) || "@*#?-$!".unicodeScalars.contains(c):
            end = index + 2
        default:
            builder.append(source, range: index..<index + 1)
            return index + 1
        }
        builder.append(source, range: index..<end)
        builder.hasExpansion = true
        return end
    }

    /// Skips a balanced construct, diagnosing when it never closes; returns the index after it.
    mutating func skipOrDiagnose(from start: Int, mode: SkipMode, what: String, at index: Int) -> Int {
        if let end = skipBalanced(from: start, mode: mode) { return end }
        diagnose("unterminated \(what)", at: index..<min(index + what.unicodeScalars.count, scalars.count))
        return scalars.count
    }

    /// Parses the commands of `$(...)` (or `<(...)`) whose `(` is at `openParen`; returns the index after `)`.
    mutating func parseCommandSubstitution(openParen: Int) -> Int {
        guard depth < Self.maxDepth else {
            reportDepth(at: openParen)
            return skipOrDiagnose(from: openParen + 1, mode: .paren, what: "$(", at: openParen - 1)
        }
        let saved = (peeked, live, inDoubleBracket, scope)
        peeked = nil
        pos = openParen + 1
        depth += 1
        enterScope(substitution: true)
        inDoubleBracket = false
        parseList(closedBy: ")")
        let token = peek()
        let end: Int
        if token.op == ")" {
            end = token.range.upperBound
        } else {
            diagnose("unterminated $(", at: max(openParen - 1, 0)..<openParen + 1)
            end = scalars.count
        }
        depth -= 1
        (peeked, live, inDoubleBracket, scope) = saved
        pos = end
        return end
    }

    /// Starts a fresh scope; inside a substitution only loops, guards and the function carry over.
    mutating func enterScope(substitution: Bool) {
        scope = nextScope
        nextScope += 1
        var context = CommandContext()
        if substitution {
            context.loops = live.loops
            context.guardedPrograms = live.guardedPrograms
            context.function = live.function
            context.inSubstitution = true
        } else {
            context.inSubstitution = live.inSubstitution
        }
        live = context
    }

    /// Parses a compound list and then skips stray tokens until `closer` (an operator) or the end.
    mutating func parseList(closedBy closer: String) {
        parseCompoundList(terminators: [closer])
        while true {
            let token = peek()
            if case .eof = token.kind { return }
            if token.op == closer { return }
            diagnose("unexpected '\(describe(token))'", at: token.range)
            advance()
            parseCompoundList(terminators: [closer])
        }
    }

    /// Lexes `` `...` `` and parses its commands from the unescaped inner text.
    mutating func lexBackticks(at index: Int, inDoubleQuote: Bool, into builder: inout WordBuilder) -> Int {
        var inner = WordBuilder()
        var i = index + 1
        var closed = false
        while let c = scalar(at: i) {
            if c == "`" { closed = true; break }
            if c == "\\", let next = scalar(at: i + 1),
                next == "`" || next == "\\" || next == "$" || (inDoubleQuote && next == "\"")
            {
                inner.append(next, at: source.positions[i + 1])
                i += 2
            } else {
                inner.append(source, range: i..<i + 1)
                i += 1
            }
        }
        if !closed { diagnose("unterminated backquote", at: index..<index + 1) }
        let end = closed ? i + 1 : i
        builder.append(source, range: index..<end)
        builder.hasExpansion = true
        parseNested(inner.text(file: source.file, end: source.positions[i]), at: index)
        return end
    }

    /// Parses `text` (a backquoted command) with a sub-parser and adopts its commands.
    mutating func parseNested(_ text: EmbeddedText, at index: Int) {
        guard depth < Self.maxDepth else {
            reportDepth(at: index)
            return
        }
        var sub = ShellParserState(source: text, depth: depth + 1)
        sub.live = live
        sub.enterScope(substitution: true)
        sub.parseAll()
        diagnostics.append(contentsOf: sub.diagnostics)
        let innerScope = nextScope
        nextScope += 1
        for var record in sub.finishedRecords() {
            record.start = index
            record.scope = innerScope
            records.append(record)
        }
    }

    /// Reports, once per parse, that nesting went too deep and was skipped.
    mutating func reportDepth(at index: Int) {
        guard !reportedDepth else { return }
        reportedDepth = true
        diagnose(
            "nesting deeper than \(Self.maxDepth) levels; the rest was skipped",
            at: index..<min(index + 1, scalars.count))
    }
}
