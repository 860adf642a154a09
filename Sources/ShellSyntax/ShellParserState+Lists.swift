import ShipshapeCore

extension ShellParserState {
    /// Reserved words that may start a command.
    static let commandStarters: Set<String> = ["if", "while", "until", "for", "select", "case", "{", "!", "[[", "function", "time"]

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
        var baseGuards = live.guardedPrograms
        var elements: [Range<Int>] = []
        var operators: [String] = []
        while true {
            let first = records.count
            let negated = parsePipeline()
            let range = first..<records.count
            // A leading `if ! command -v X; then exit; fi` may have established guards that last.
            if elements.isEmpty { baseGuards = live.guardedPrograms }
            elements.append(range)
            let token = peek()
            guard let op = token.op, op == "&&" || op == "||" else { break }
            advance()
            operators.append(op)
            patch(range) { $0.isTested = true }
            if op == "&&", !negated {
                live.guardedPrograms = Self.merged(live.guardedPrograms, checkedPrograms(in: range, negated: false))
            } else if op == "||" {
                live.guardedPrograms = baseGuards
            }
            skipNewlines()
            guard canStartCommand(peek()) else {
                diagnose("expected a command after '\(op)'", at: peek().range)
                operators.removeLast()  // keeps one operator between each pair of elements
                break
            }
        }
        live.guardedPrograms = baseGuards
        // `command -v X >/dev/null || exit 1`: X is checked for the rest of the list.
        if operators.first == "||", let checked = elements.first, let rest = elements.last,
            exits(in: checked.upperBound..<rest.upperBound)
        {
            live.guardedPrograms = Self.merged(baseGuards, checkedPrograms(in: checked, negated: false))
        }
        recordAlternatives(elements: elements, operators: operators)
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
        let range = first..<records.count
        if count > 1 { patch(range) { $0.inPipeline = true } }
        if negated {
            patch(range) { $0.isTested = true }
            for index in range where records[index].scope == scope { records[index].negated = true }
        }
        return negated
    }
}
