import ShipshapeCore

extension ShellParserState {
    /// Consumes the reserved word `word`, or diagnoses its absence and returns false.
    mutating func expect(_ word: String) -> Bool {
        let token = peek()
        if token.reservedWord == word || token.op == word {
            advance()
            return true
        }
        diagnose("expected '\(word)' but found '\(describe(token))'", at: token.range)
        return false
    }

    /// `{ list; }`.
    mutating func parseGroup() {
        advance()
        parseCompoundList(terminators: ["}"])
        _ = expect("}")
    }

    /// `( list )`, or `(( arithmetic ))`, which is skipped.
    mutating func parseSubshell() {
        let open = advance()
        if scalar(at: open.range.upperBound) == "(" {
            peeked = nil
            pos = skipOrDiagnose(from: open.range.upperBound, mode: .paren, what: "((", at: open.range.lowerBound)
            lastTokenEnd = pos
            return
        }
        parseCompoundList(terminators: [")"])
        _ = expect(")")
    }

    /// `if list; then list; [elif list; then list;]... [else list;] fi`.
    ///
    /// Returns the programs guarded after the `fi`: `if ! command -v X; then exit 1; fi` leaves X checked.
    mutating func parseIf() -> [String] {
        advance()
        let savedGuards = live.guardedPrograms
        defer { live.guardedPrograms = savedGuards }
        var lasting: [String]?
        while true {
            let conditionStart = records.count
            parseCompoundList(terminators: ["then"])
            let condition = conditionStart..<records.count
            patch(condition) { $0.isTested = true }
            let thenGuards = checkedPrograms(in: condition, negated: false)
            let elseGuards = checkedPrograms(in: condition, negated: true)
            guard expect("then") else { return [] }
            live.guardedPrograms = Self.merged(savedGuards, thenGuards)
            let branchStart = records.count
            parseCompoundList(terminators: ["elif", "else", "fi"])
            if lasting == nil { lasting = exits(in: branchStart..<records.count) ? elseGuards : [] }
            live.guardedPrograms = Self.merged(savedGuards, elseGuards)
            switch peek().reservedWord {
            case "elif":
                advance()
            case "else":
                advance()
                parseCompoundList(terminators: ["fi"])
                return expect("fi") ? lasting ?? [] : []
            default:
                return expect("fi") ? lasting ?? [] : []
            }
        }
    }

    /// `while list; do list; done` and `until ...`: the condition runs on every iteration too.
    mutating func parseWhile() {
        let keyword = advance()
        let kind: ShellLoop.Kind = keyword.reservedWord == "until" ? .until : .while
        let location = source.location(of: keyword.range)
        let savedLoops = live.loops
        defer { live.loops = savedLoops }
        live.loops.append(ShellLoop(kind: kind, location: location))
        let conditionStart = records.count
        parseCompoundList(terminators: ["do"])
        let condition = conditionStart..<records.count
        patch(condition) { $0.isTested = true }
        let count = condition.filter { records[$0].scope == scope }.count
        let loop = ShellLoop(kind: kind, location: location, conditionCommandCount: count)
        for index in condition where records[index].command.context.loops.count > savedLoops.count {
            records[index].command.context.loops[savedLoops.count] = loop
        }
        live.loops = savedLoops + [loop]
        parseLoopBody()
    }

    /// `do list; done` (or bash's `{ list; }`).
    mutating func parseLoopBody() {
        skipNewlines()
        if peek().reservedWord == "{" {
            parseCommand()
            return
        }
        guard expect("do") else { return }
        parseCompoundList(terminators: ["done"])
        _ = expect("done")
    }

    /// `for NAME [in WORDS]; do list; done`, `for ((...)); do ...`, and `select` (modelled as `for`).
    mutating func parseFor() {
        let keyword = advance()
        var items: [ShellWord] = []
        let next = peek()
        if next.op == "(", scalar(at: next.range.upperBound) == "(" {
            peeked = nil
            pos = skipOrDiagnose(from: next.range.upperBound, mode: .paren, what: "((", at: next.range.lowerBound)
        } else if next.word != nil {
            advance()
            skipNewlines()
            if peek().reservedWord == "in" {
                advance()
                while let word = peek().word {
                    advance()
                    items.append(word)
                }
            }
        } else {
            diagnose("expected a variable name after '\(describe(keyword))'", at: next.range)
        }
        if peek().op == ";" { advance() }
        let savedLoops = live.loops
        defer { live.loops = savedLoops }
        live.loops.append(ShellLoop(kind: .for, location: source.location(of: keyword.range), items: items))
        parseLoopBody()
    }

    /// `case WORD in [(]PATTERN[|PATTERN]...) list ;; ... esac`.
    mutating func parseCase() {
        advance()
        guard peek().word != nil else {
            diagnose("expected a word after 'case'", at: peek().range)
            return
        }
        advance()
        skipNewlines()
        guard expect("in") else { return }
        while true {
            skipNewlines()
            let token = peek()
            if token.reservedWord == "esac" {
                advance()
                return
            }
            guard parseCasePatterns() else { return }
            parseCompoundList(terminators: [";;", ";&", ";;&", "esac"])
            if let op = peek().op, op == ";;" || op == ";&" || op == ";;&" {
                advance()
            } else if peek().reservedWord != "esac" {
                _ = expect("esac")
                return
            }
        }
    }

    /// `[(] PATTERN [| PATTERN]... )`; false (diagnosed) when malformed.
    mutating func parseCasePatterns() -> Bool {
        if peek().op == "(" { advance() }
        while true {
            let token = peek()
            if token.word != nil || token.op == "|" {
                advance()
            } else if token.op == ")" {
                advance()
                return true
            } else {
                diagnose("expected a case pattern ending with ')' but found '\(describe(token))'", at: token.range)
                return false
            }
        }
    }
}
