import ShipshapeCore

extension ShellParserState {
    /// The next token without consuming it.
    mutating func peek() -> ShellToken {
        if let peeked { return peeked }
        let token = lexToken()
        peeked = token
        return token
    }

    /// Consumes and returns the next token.
    @discardableResult
    mutating func advance() -> ShellToken {
        let token = peek()
        peeked = nil
        lastTokenEnd = token.range.upperBound
        return token
    }

    /// Consumes newline tokens (the "linebreak" of the POSIX grammar).
    mutating func skipNewlines() {
        while case .newline = peek().kind { advance() }
    }

    /// Lexes one token at `pos`; heredoc bodies are read as soon as their newline is lexed.
    mutating func lexToken() -> ShellToken {
        skipBlanksAndComments()
        let start = pos
        guard let c = scalar(at: pos) else { return ShellToken(kind: .eof, range: start..<start) }
        if c == "\n" {
            pos += 1
            readPendingHeredocs()
            return ShellToken(kind: .newline, range: start..<start + 1)
        }
        if inDoubleBracket {
            if c == ";" { pos += 1; return ShellToken(kind: .op(";"), range: start..<pos) }
            return lexWord()
        }
        if let token = lexRedirectionWithNumber() ?? lexOperator() { return token }
        return lexWord()
    }

    /// Skips spaces, tabs, line continuations, a carriage return before a newline, and comments.
    mutating func skipBlanksAndComments() {
        while let c = scalar(at: pos) {
            if c == " " || c == "\t" {
                pos += 1
            } else if c == "\\", scalar(at: pos + 1) == "\n" {
                pos += 2
            } else if c == "\r", scalar(at: pos + 1) == "\n" || scalar(at: pos + 1) == nil {
                pos += 1
            } else if c == "#" {
                while let d = scalar(at: pos), d != "\n" { pos += 1 }
            } else {
                return
            }
        }
    }

    /// `2>`, `10>&`: digits immediately followed by a redirection operator.
    mutating func lexRedirectionWithNumber() -> ShellToken? {
        var end = pos
        while let c = scalar(at: end), c.properties.numericType != nil, c.isASCII { end += 1 }
        guard end > pos, end - pos < 6, let next = scalar(at: end), next == "<" || next == ">" else { return nil }
        guard scalar(at: end + 1) != "(" else { return nil }
        let fd = Int(ScalarText.string(scalars[pos..<end]))
        let start = pos
        pos = end
        guard let token = lexOperator(), case .redirection(_, let op) = token.kind else {
            pos = start
            return nil
        }
        return ShellToken(kind: .redirection(fd: fd, op: op), range: start..<pos)
    }

    /// Lexes a control or redirection operator at `pos`, longest match first.
    mutating func lexOperator() -> ShellToken? {
        guard let (length, kind) = operatorAt(pos) else { return nil }
        let start = pos
        pos += length
        return ShellToken(kind: kind, range: start..<pos)
    }

    /// The operator starting at `index` and its length, or nil when a word starts there.
    func operatorAt(_ index: Int) -> (Int, ShellToken.Kind)? {
        let b = scalar(at: index + 1)
        let c = scalar(at: index + 2)
        switch scalar(at: index) {
        case "&":
            if b == "&" { return (2, .op("&&")) }
            if b == ">" { return c == ">" ? (3, redirect(.appendOutputAndError)) : (2, redirect(.outputAndError)) }
            return (1, .op("&"))
        case "|":
            if b == "|" { return (2, .op("||")) }
            if b == "&" { return (2, .op("|&")) }
            return (1, .op("|"))
        case ";":
            if b == ";" { return c == "&" ? (3, .op(";;&")) : (2, .op(";;")) }
            if b == "&" { return (2, .op(";&")) }
            return (1, .op(";"))
        case "(": return (1, .op("("))
        case ")": return (1, .op(")"))
        case "<": return inputOperator(b: b, c: c)
        case ">":
            if b == "(" { return nil }
            if b == ">" { return (2, redirect(.append)) }
            if b == "|" { return (2, redirect(.clobber)) }
            if b == "&" { return (2, redirect(.duplicateOutput)) }
            return (1, redirect(.output))
        default: return nil
        }
    }

    private func redirect(_ op: Redirection.Operator) -> ShellToken.Kind {
        .redirection(fd: nil, op: op)
    }

    /// The operators that start with `<`; `<(` is a process substitution word, not an operator.
    private func inputOperator(b: Unicode.Scalar?, c: Unicode.Scalar?) -> (Int, ShellToken.Kind)? {
        if b == "(" { return nil }
        if b == "<" {
            if c == "<" { return (3, redirect(.herestring)) }
            if c == "-" { return (3, redirect(.heredocStripTabs)) }
            return (2, redirect(.heredoc))
        }
        if b == ">" { return (2, redirect(.readWrite)) }
        if b == "&" { return (2, redirect(.duplicateInput)) }
        return (1, redirect(.input))
    }
}
