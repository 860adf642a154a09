import ShipshapeCore

/// A simple command found by the parser plus the bookkeeping needed to finish its context.
struct CommandRecord: Sendable {
    var command: SimpleCommand
    /// Offset of the command's first scalar, for source ordering.
    var start: Int
    /// True when the command's pipeline was negated with `!`.
    var negated: Bool
    /// The scope the command was parsed in: a new scope starts at each `$(...)`, backtick and
    /// function body, so context patches of an enclosing construct do not leak into it.
    var scope: Int
}

/// A heredoc whose operator was seen and whose body starts after the next newline token.
struct PendingHeredoc: Sendable {
    let key: SourceLocation
    let delimiter: String
    let stripTabs: Bool
}

/// The mutable state of one parse: lexer position, collected commands, live context.
struct ShellParserState {
    /// Deepest nesting of compound commands and substitutions before the parser stops descending.
    ///
    /// Each level costs the parser about 12 KiB of stack in a debug build; 24 levels stay well
    /// inside the 512 KiB stacks of secondary threads on macOS (`StackDepthTests`), and real deploy
    /// scripts rarely nest more than 6 deep.
    static let maxDepth = 24

    let source: EmbeddedText
    let scalars: [Unicode.Scalar]
    var pos = 0
    var peeked: ShellToken?
    /// The end offset of the last consumed token.
    var lastTokenEnd = 0
    var records: [CommandRecord] = []
    var diagnostics: [ShellDiagnostic] = []
    /// Context known before a command is parsed (loops, function, guards, substitution).
    var live = CommandContext()
    /// The current scope id (see `CommandRecord.scope`); `nextScope` hands out fresh ones.
    var scope = 0
    var nextScope = 1
    var depth: Int
    /// True while lexing the words of `[[ ... ]]`, where `<`, `>`, `(`, `&&` are plain words.
    var inDoubleBracket = false
    var pendingHeredocs: [PendingHeredoc] = []
    var heredocBodies: [SourceLocation: EmbeddedText] = [:]
    var reportedDepth = false

    init(source: EmbeddedText, depth: Int = 0) {
        self.source = source
        self.scalars = source.scalars
        self.depth = depth
    }

    /// The scalar at `index`, or nil past the end.
    func scalar(at index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// Records a problem at the scalars in `range`.
    mutating func diagnose(_ message: String, at range: Range<Int>) {
        diagnostics.append(ShellDiagnostic(message: message, location: source.location(of: range)))
    }

    /// Parses the whole text and returns the script, commands in source order.
    mutating func parseScript() -> ShellScript {
        parseAll()
        return finish()
    }

    /// Parses the whole text into `records`, skipping (with a diagnostic) tokens no rule accepts.
    mutating func parseAll() {
        parseCompoundList(terminators: [])
        while true {
            let token = peek()
            if case .eof = token.kind { break }
            diagnose("unexpected '\(describe(token))'", at: token.range)
            advance()
            parseCompoundList(terminators: [])
        }
    }

    /// Orders the commands by position and fills in heredoc bodies read after their operators.
    ///
    /// A local shell fed a script on standard input (`bash <<EOF`, `sudo sh -s <<'EOF'`, `sh <<< "..."`)
    /// has the script's commands listed right after it, with its context merged in
    /// (`SimpleCommand.enclosing(_:keepGuards:)`): they run on this machine as part of the script.
    func finish() -> ShellScript {
        var commands: [SimpleCommand] = []
        var allDiagnostics = diagnostics
        for record in finishedRecords() {
            commands.append(record.command)
            guard let body = Self.standardInputScript(of: record.command) else { continue }
            guard depth < Self.maxDepth else { continue }
            var sub = ShellParserState(source: body, depth: depth + 1)
            let inner = sub.parseScript()
            commands.append(contentsOf: inner.commands.map { record.command.enclosing($0, keepGuards: true) })
            allDiagnostics.append(contentsOf: inner.diagnostics)
        }
        return ShellScript(commands: commands, diagnostics: allDiagnostics)
    }

    /// The script a shell command reads on standard input, when it runs a shell that way.
    static func standardInputScript(of command: SimpleCommand) -> EmbeddedText? {
        var words = command.words[...]
        while let program = words.first?.fastLiteral,
            let rest = Wrappers.command(after: ShellInvocation.basename(program), in: words)
        {
            words = rest
        }
        guard let shell = ShellInvocation.script(in: words), shell.script == nil, shell.usesStandardInput else {
            return nil
        }
        return command.standardInputScript
    }

    /// The records in source order, heredoc bodies filled in.
    func finishedRecords() -> [CommandRecord] {
        var order = Array(records.indices)
        let inOrder = zip(records, records.dropFirst()).allSatisfy { $0.start <= $1.start }
        if !inOrder {
            order.sort { (records[$0].start, $0) < (records[$1].start, $1) }
        }
        return order.map { index in
            var record = records[index]
            record.command = withHeredocBodies(record.command)
            return record
        }
    }

    /// A short text for a token in diagnostics.
    func describe(_ token: ShellToken) -> String {
        switch token.kind {
        case .word(let word): return word.raw
        case .op(let text): return text
        case .redirection(_, let op): return op.rawValue
        case .newline: return "newline"
        case .eof: return "end of input"
        }
    }
}
