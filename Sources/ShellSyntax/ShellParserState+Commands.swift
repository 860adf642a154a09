import ShipshapeCore

extension ShellParserState {
    /// Parses one command: a compound command with its trailing redirections, or a simple command.
    mutating func parseCommand() {
        // `a | ! b` and `a | time b`: bash accepts them mid-pipeline; the prefix has no effect we model.
        while let prefix = peek().reservedWord, prefix == "!" || prefix == "time" { advance() }
        let token = peek()
        let reserved = token.reservedWord
        let isCompound = token.op == "(" || (reserved.map { Self.commandStarters.contains($0) } ?? false)
        guard isCompound, reserved != "[[" else {
            parseSimpleCommand()
            return
        }
        guard depth < Self.maxDepth else {
            reportDepth(at: token.range.lowerBound)
            peeked = nil
            pos = scalars.count
            return
        }
        let first = records.count
        let savedGuards = live.guardedPrograms
        var lasting: [String] = []
        depth += 1
        switch reserved {
        case "{": parseGroup()
        case "if": lasting = parseIf()
        case "while", "until": parseWhile()
        case "for", "select": parseFor()
        case "case": parseCase()
        case "function": parseFunctionKeyword()
        default: parseSubshell()
        }
        depth -= 1
        // Guards found inside a compound command end with it, except those it leaves established.
        live.guardedPrograms = Self.merged(savedGuards, lasting)
        parseTrailingRedirections(for: first..<records.count)
    }

    /// Redirections after a compound command apply to every command inside it, outermost first.
    mutating func parseTrailingRedirections(for range: Range<Int>) {
        var redirections: [Redirection] = []
        while case .redirection(let fd, let op) = peek().kind {
            if let redirection = parseRedirection(fd: fd, op: op) { redirections.append(redirection) }
        }
        guard !redirections.isEmpty else { return }
        patch(range) { $0.inheritedRedirections = redirections + $0.inheritedRedirections }
    }

    /// Parses a redirection operator (the current token) and its target word.
    mutating func parseRedirection(fd: Int?, op: Redirection.Operator) -> Redirection? {
        let operatorToken = advance()
        guard let target = peek().word else {
            diagnose("missing target after '\(op.rawValue)'", at: operatorToken.range)
            return nil
        }
        let targetToken = advance()
        let location = source.location(of: operatorToken.range.lowerBound..<targetToken.range.upperBound)
        let isHeredoc = op == .heredoc || op == .heredocStripTabs
        let quoted = isHeredoc && target.raw.unicodeScalars.contains { $0 == "'" || $0 == "\"" || $0 == "\\" }
        if isHeredoc {
            pendingHeredocs.append(PendingHeredoc(key: location, delimiter: target.value, stripTabs: op == .heredocStripTabs))
        }
        return Redirection(fd: fd, op: op, target: target, heredocQuoted: quoted, location: location)
    }

    /// Parses assignments, words and redirections up to a control operator; `NAME ( )` starts a function.
    mutating func parseSimpleCommand() {
        let start = peek().range.lowerBound
        var end = start
        var assignments: [ShellWord] = []
        var words: [ShellWord] = []
        var redirections: [Redirection] = []
        let isDoubleBracket = peek().reservedWord == "[["
        loop: while true {
            let token = peek()
            switch token.kind {
            case .word(let word):
                advance()
                end = token.range.upperBound
                if words.isEmpty, !isDoubleBracket, isAssignmentPrefix(token.range) {
                    assignments.append(word)
                    continue
                }
                words.append(word)
                if isDoubleBracket, words.count == 1 { inDoubleBracket = true }
                if isDoubleBracket, word.raw == "]]" { inDoubleBracket = false }
                if words.count == 1, assignments.isEmpty, !isDoubleBracket, peek().op == "(" {
                    parseFunctionDefinition(name: word)
                    return
                }
            case .redirection(let fd, let op):
                guard !inDoubleBracket else { break loop }
                if let redirection = parseRedirection(fd: fd, op: op) { redirections.append(redirection) }
                end = lastTokenEnd
            case .newline where inDoubleBracket:
                advance()
            default:
                break loop
            }
        }
        if inDoubleBracket {
            inDoubleBracket = false
            diagnose("expected ']]'", at: peek().range)
        }
        guard !(assignments.isEmpty && words.isEmpty && redirections.isEmpty) else { return }
        let command = SimpleCommand(
            assignments: assignments, words: words, redirections: redirections,
            location: source.location(of: start..<max(end, start)), context: live)
        records.append(CommandRecord(command: command, start: start, negated: false, scope: scope))
    }
}
