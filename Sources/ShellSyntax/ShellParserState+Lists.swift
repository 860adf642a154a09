import ShipshapeCore

extension ShellParserState {
    /// Reserved words that may start a command.
    static let commandStarters: Set<String> = [
        "if", "while", "until", "for", "select", "case", "{", "!", "[[", "function", "time",
    ]

    /// True when `token` can begin a command.
    func canStartCommand(_ token: ShellToken) -> Bool {
        switch token.kind {
        case .word:
            guard let reserved = token.reservedWord else { return true }
            return Self.commandStarters.contains(reserved)
        case .redirection: return true
        case .op(let text): return text == "("
        case .newline, .eof: return false
        }
    }

    /// Parses and-or lists separated by `;`, `&` and newlines until a terminator or a token
    /// that cannot start a command (left for the caller to judge).
    mutating func parseCompoundList(terminators: Set<String>) {
        while true {
            skipNewlines()
            let token = peek()
            if let reserved = token.reservedWord, terminators.contains(reserved) { return }
            if let op = token.op, terminators.contains(op) { return }
            guard canStartCommand(token) else { return }
            parseAndOr()
            let separator = peek()
            if separator.op == ";" || separator.op == "&" {
                advance()
            }
        }
    }

    /// Parses `p1 && p2 || p3 ...`: every pipeline but the last is tested, `&&` after a check
    /// like `command -v X` guards what follows, and `||` chains record their alternatives.
    mutating func parseAndOr() {
        var list = AndOrList(baseGuards: live.guardedPrograms)
        while true {
            let first = records.count
            let negated = parsePipeline()
            guard continueAndOr(&list, element: first..<records.count, negated: negated) else { break }
        }
        finishAndOr(list)
    }

    /// Records a parsed pipeline; consumes a following `&&`/`||` and returns whether another follows.
    mutating func continueAndOr(_ list: inout AndOrList, element range: Range<Int>, negated: Bool) -> Bool {
        // A leading `if ! command -v X; then exit; fi` may have established guards that last.
        if list.elements.isEmpty { list.baseGuards = live.guardedPrograms }
        list.elements.append(range)
        guard let op = peek().op, op == "&&" || op == "||" else { return false }
        advance()
        patch(range) { $0.isTested = true }
        if op == "&&", !negated {
            live.guardedPrograms = Self.merged(live.guardedPrograms, checkedPrograms(in: range, negated: false))
        } else if op == "||" {
            live.guardedPrograms = list.baseGuards
        }
        skipNewlines()
        guard canStartCommand(peek()) else {
            diagnose("expected a command after '\(op)'", at: peek().range)
            return false
        }
        list.operators.append(op)
        return true
    }

    /// Restores the guards (keeping those a `check || exit` establishes) and records alternatives.
    mutating func finishAndOr(_ list: AndOrList) {
        live.guardedPrograms = list.baseGuards
        // `command -v X >/dev/null || exit 1`: X is checked for the rest of the list.
        if list.operators.first == "||", let checked = list.elements.first, let rest = list.elements.last,
            exits(in: checked.upperBound..<rest.upperBound)
        {
            live.guardedPrograms = Self.merged(list.baseGuards, checkedPrograms(in: checked, negated: false))
        }
        recordAlternatives(elements: list.elements, operators: list.operators)
    }

    /// Parses `[!] [time] cmd [| cmd]...`; returns whether it was negated.
    mutating func parsePipeline() -> Bool {
        var negated = false
        while let reserved = peek().reservedWord, reserved == "!" || reserved == "time" {
            advance()
            if reserved == "!" {
                negated.toggle()
            } else if let word = peek().word, word.raw == "-p" {
                advance()
            }
        }
        let first = records.count
        parseCommand()
        var count = 1
        while let op = peek().op, op == "|" || op == "|&" {
            advance()
            skipNewlines()
            guard canStartCommand(peek()) else {
                diagnose("expected a command after '\(op)'", at: peek().range)
                break
            }
            parseCommand()
            count += 1
        }
        finishPipeline(first..<records.count, commandCount: count, negated: negated)
        return negated
    }

    /// Marks the commands of a finished pipeline: in a pipeline, negated (and so tested).
    mutating func finishPipeline(_ range: Range<Int>, commandCount: Int, negated: Bool) {
        if commandCount > 1 { patch(range) { $0.inPipeline = true } }
        if negated {
            patch(range) { $0.isTested = true }
            for index in range where records[index].scope == scope { records[index].negated = true }
        }
    }
}

/// An and-or list while it is being parsed: its pipelines' command ranges and the operators between.
struct AndOrList {
    var baseGuards: [String]
    var elements: [Range<Int>] = []
    var operators: [String] = []
}
