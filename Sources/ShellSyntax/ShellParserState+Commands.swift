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
            pendingHeredocs.append(
                PendingHeredoc(key: location, delimiter: target.value, stripTabs: op == .heredocStripTabs))
        }
        return Redirection(fd: fd, op: op, target: target, heredocQuoted: quoted, location: location)
    }

    /// Parses assignments, words and redirections up to a control operator; `NAME ( )` starts a function.
    ///
    /// Kept small, with the work in helpers, because every nesting level of `$(...)` has this
    /// frame on the stack while the next word is lexed.
    mutating func parseSimpleCommand() {
        var parts = SimpleCommandParts(start: peek().range.lowerBound, isDoubleBracket: peek().reservedWord == "[[")
        while consume(peek(), into: &parts) {
            if parts.mayBeFunction, peek().op == "(", let name = parts.words.first {
                parseFunctionDefinition(name: name)
                return
            }
        }
        finishSimpleCommand(parts)
    }

    /// Adds `token` to the command being parsed; false when it does not belong to it.
    mutating func consume(_ token: ShellToken, into parts: inout SimpleCommandParts) -> Bool {
        parts.mayBeFunction = false
        switch token.kind {
        case .word(let word):
            advance()
            parts.end = token.range.upperBound
            if parts.words.isEmpty, !parts.isDoubleBracket, isAssignmentPrefix(token.range) {
                parts.assignments.append(word)
                return true
            }
            parts.words.append(word)
            if parts.isDoubleBracket, parts.words.count == 1 { inDoubleBracket = true }
            if parts.isDoubleBracket, word.raw == "]]" { inDoubleBracket = false }
            parts.mayBeFunction = parts.words.count == 1 && parts.assignments.isEmpty && !parts.isDoubleBracket
            return true
        case .redirection(let fd, let op):
            guard !inDoubleBracket else { return false }
            if let redirection = parseRedirection(fd: fd, op: op) { parts.redirections.append(redirection) }
            parts.end = lastTokenEnd
            return true
        case .newline where inDoubleBracket:
            advance()
            return true
        default:
            return false
        }
    }

    /// Records the parsed command (diagnosing an unclosed `[[`).
    mutating func finishSimpleCommand(_ parts: SimpleCommandParts) {
        if inDoubleBracket {
            inDoubleBracket = false
            diagnose("expected ']]'", at: peek().range)
        }
        guard !(parts.assignments.isEmpty && parts.words.isEmpty && parts.redirections.isEmpty) else { return }
        let command = SimpleCommand(
            assignments: parts.assignments, words: parts.words, redirections: parts.redirections,
            location: source.location(of: parts.start..<max(parts.end, parts.start)), context: live)
        records.append(CommandRecord(command: command, start: parts.start, negated: false, scope: scope))
    }
}

/// A simple command while it is being parsed.
struct SimpleCommandParts {
    let start: Int
    let isDoubleBracket: Bool
    var end: Int
    var assignments: [ShellWord] = []
    var words: [ShellWord] = []
    var redirections: [Redirection] = []
    /// True right after a first word that could name a function (`name ( ) { ...; }`).
    var mayBeFunction = false

    init(start: Int, isDoubleBracket: Bool) {
        self.start = start
        self.isDoubleBracket = isDoubleBracket
        self.end = start
    }
}
