import ShipshapeCore

extension ShellParserState {
    /// Longest `||` chain whose alternatives are recorded; longer chains are unusual and would cost
    /// quadratic time.
    static let maxAlternatives = 32
    /// Most guarded programs kept per command, for the same reason.
    static let maxGuards = 32

    /// Applies `change` to the contexts of the commands in `range` that belong to the current scope
    /// (not those inside a nested substitution or function body).
    mutating func patch(_ range: Range<Int>, _ change: (inout CommandContext) -> Void) {
        for index in range where records[index].scope == scope {
            change(&records[index].command.context)
        }
    }

    /// `existing` plus the new programs, without duplicates, capped.
    static func merged(_ existing: [String], _ new: [String]) -> [String] {
        var result = existing
        for program in new where !result.contains(program) && result.count < maxGuards {
            result.append(program)
        }
        return result
    }

    /// True when a command in `range` (current scope) leaves the script: `exit` or `return`.
    func exits(in range: Range<Int>) -> Bool {
        range.contains { index in
            guard records[index].scope == scope, let name = records[index].command.words.first?.raw else {
                return false
            }
            return name == "exit" || name == "return"
        }
    }

    /// Programs checked for by the commands in `range` (current scope) whose negation is `negated`.
    func checkedPrograms(in range: Range<Int>, negated: Bool) -> [String] {
        var programs: [String] = []
        for index in range where records[index].scope == scope && records[index].negated == negated {
            programs = Self.merged(programs, Self.checkedPrograms(by: records[index].command.words))
        }
        return programs
    }

    /// Programs a command checks the presence of: `command -v X`, `which X`, `type X`, `hash X`,
    /// or a test whose operand is `$(command -v X)`.
    static func checkedPrograms(by words: [ShellWord]) -> [String] {
        guard let name = words.first?.fastLiteral else { return [] }
        let operands = words.dropFirst().compactMap(\.fastLiteral).filter { !$0.hasPrefix("-") }
        switch name {
        case "command":
            let flags = words.dropFirst().compactMap(\.fastLiteral).filter { $0.hasPrefix("-") }
            return flags.contains("-v") || flags.contains("-V") ? operands : []
        case "which", "type", "hash":
            return operands
        case "[", "test", "[[":
            return words.dropFirst().flatMap { programsInSubstitution($0.fastValue) }
        default:
            return []
        }
    }

    /// `X` for each `$(command -v X)` or `$(which X)` in `text`.
    static func programsInSubstitution(_ text: String) -> [String] {
        var programs: [String] = []
        for prefix in ["$(command -v ", "$(which ", "`command -v ", "`which "] {
            var rest = Substring(text)
            while let found = rest.range(of: prefix) {
                rest = rest[found.upperBound...]
                let name = rest.prefix { !" )`\"'".contains($0) }
                if !name.isEmpty { programs.append(String(name)) }
            }
        }
        return programs
    }

    /// Gives every command of each `a || b || c` chain the words of the chain's other commands.
    mutating func recordAlternatives(elements: [Range<Int>], operators: [String]) {
        var chainStart = 0
        for index in 0...operators.count {
            let endsChain = index == operators.count || operators[index] == "&&"
            guard endsChain else { continue }
            let chain = Array(elements[chainStart...index])
            chainStart = index + 1
            guard chain.count > 1, chain.count <= Self.maxAlternatives else { continue }
            let words = chain.map { range in
                range.filter { records[$0].scope == scope }.map { records[$0].command.words }
            }
            for (position, range) in chain.enumerated() {
                let others = words.enumerated().filter { $0.offset != position }.flatMap(\.element)
                patch(range) { $0.alternatives.append(contentsOf: others) }
            }
        }
    }
}
