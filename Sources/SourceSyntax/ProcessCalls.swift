import ShipshapeCore

/// A string literal's decoded value and where that value starts in the file (after any prefix and quote).
public struct LiteralString: Sendable, Hashable {
    public let value: String
    public let location: SourceLocation

    public init(value: String, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A program a script starts, written with literals: Python's `subprocess.run(["curl", "-f", URL])`,
/// `subprocess.call("curl -f …", shell=True)`, `os.system("…")`; JavaScript's `execSync("…")`,
/// `spawn("curl", ["-f", URL])`. A program or command held in a variable is never guessed.
public struct ProcessCall: Sendable, Hashable {
    public enum Command: Sendable, Hashable {
        /// The program and the literal arguments that follow it (up to the first non-literal).
        case argv([LiteralString])
        /// A command line run by a shell.
        case shell(LiteralString)
    }

    public let command: Command

    /// Every process call of a Python or JavaScript/TypeScript file (Go is not read).
    public static func find(file: String, text: String, language: SourceLanguage) -> [ProcessCall] {
        guard language != .go else { return [] }
        let stream = TokenStream(file: file, tokens: SourceLexer.tokenize(text, language: language), language: language)
        var calls: [ProcessCall] = []
        for (index, token) in stream.tokens.enumerated() where token.isIdentifier {
            guard let open = stream.token(index + 1), open.isPunctuation("("), let close = stream.partner[index + 1]
            else { continue }
            let arguments = Array(stream.tokens[(index + 2)..<close].filter { !$0.isNewline })
            let previous = stream.token(index - 2).flatMap {
                stream.token(index - 1)?.isPunctuation(".") == true ? $0 : nil
            }
            if let call = Self.call(
                function: token.text, receiver: previous?.text, arguments: arguments, language: language, file: file)
            {
                calls.append(call)
            }
        }
        return calls
    }

    static func call(
        function: String, receiver: String?, arguments: [SourceToken], language: SourceLanguage, file: String
    ) -> ProcessCall? {
        guard let first = arguments.first else { return nil }
        switch language {
        case .python:
            if receiver == "os", ["system", "popen"].contains(function) { return shell(first, file: file) }
            guard receiver == "subprocess" else { return nil }
            if ["getoutput", "getstatusoutput"].contains(function) { return shell(first, file: file) }
            guard ["run", "call", "check_call", "check_output", "Popen"].contains(function) else { return nil }
            let usesShell = zip(arguments, arguments.dropFirst()).contains { pair in
                pair.0.text == "shell" && pair.1.isPunctuation("=")
            }
            if first.isPunctuation("[") || first.isPunctuation("(") {
                return argv(Array(arguments.dropFirst()), file: file)
            }
            return usesShell ? shell(first, file: file) : argv([first], file: file)
        case .javascript:
            guard receiver == nil || ["child_process", "cp", "childProcess"].contains(receiver ?? "") else {
                return nil
            }
            if ["exec", "execSync"].contains(function) { return shell(first, file: file) }
            guard ["spawn", "spawnSync", "execFile", "execFileSync"].contains(function) else { return nil }
            var words = [first]
            if arguments.count > 2, arguments[1].isPunctuation(","), arguments[2].isPunctuation("[") {
                words += arguments.dropFirst(3)
            }
            return argv(words, file: file)
        case .go:
            return nil
        }
    }

    /// A shell command: the first argument when it is a literal without interpolation.
    static func shell(_ token: SourceToken, file: String) -> ProcessCall? {
        literal(token, file: file).map { ProcessCall(command: .shell($0)) }
    }

    /// The leading literals of a list (`"curl", "-f", url` → `curl -f`), commas between them.
    static func argv(_ tokens: [SourceToken], file: String) -> ProcessCall? {
        var words: [LiteralString] = []
        for token in tokens {
            if token.isPunctuation(",") { continue }
            guard let word = literal(token, file: file) else { break }
            words.append(word)
        }
        guard let program = words.first, !program.value.isEmpty else { return nil }
        return ProcessCall(command: .argv(words))
    }

    /// A one-line string literal without interpolation, located at its value.
    public static func literal(_ token: SourceToken, file: String) -> LiteralString? {
        guard let value = token.plainString, token.line == token.endLine else { return nil }
        let opening = token.text.prefix { $0.isLetter }.count
        let quote = token.text.dropFirst(opening).prefix { $0 == "\"" || $0 == "'" || $0 == "`" }
        let column = token.column + opening + (quote.count >= 3 ? 3 : 1)
        return LiteralString(
            value: value,
            location: SourceLocation(file: file, line: token.line, column: column, endColumn: column + value.count))
    }

    /// Every one-line string literal of a file, located at its value (for the URLs a script calls).
    public static func strings(file: String, text: String, language: SourceLanguage) -> [LiteralString] {
        SourceLexer.tokenize(text, language: language).compactMap { literal($0, file: file) }
    }
}
