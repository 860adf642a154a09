import DockerfileSyntax

/// A small shell splitter for when the real shell parser is not wired in: splits on `&&`, `||`, `;`, `|`,
/// `&` and newlines, splits words on blanks, removes quotes, drops redirections and comments.
///
/// It does not expand anything and does not understand compound commands beyond dropping their
/// keywords; good enough to find `apt-get install` and `apk add` in ordinary `RUN` lines.
public enum FallbackCommandSplitter {
    /// The argv lists a `RUN` instruction runs (exec form, shell form, `sh -c` and heredoc scripts).
    public static func commands(of instruction: Instruction) -> [[String]] {
        switch instruction.command {
        case .exec(let words)?:
            let argv = words.map(\.value)
            if let script = shellScript(in: argv) { return split(script) }
            return [argv]
        case .shell?:
            return instruction.shellScripts.flatMap { split($0.text) }
        case nil:
            return []
        }
    }

    /// The script of `sh -c SCRIPT` / `bash -c SCRIPT`.
    static func shellScript(in argv: [String]) -> String? {
        guard let first = argv.first, isShellName(first), let dashC = argv.firstIndex(of: "-c"), dashC + 1 < argv.count
        else { return nil }
        return argv[dashC + 1]
    }

    private static func isShellName(_ word: String) -> Bool {
        ["sh", "bash", "ash", "dash", "zsh"].contains(Paths.basename(word))
    }

    /// Splits shell text into argv lists.
    public static func split(_ text: String) -> [[String]] {
        var lexer = SplitterState()
        for scalar in text.unicodeScalars { lexer.feed(scalar) }
        lexer.endCommand()
        return lexer.commands.compactMap(dropKeywords)
    }

    /// Drops leading compound-command keywords (`then apt-get ...`); a `for`/`case` header is not a command.
    private static func dropKeywords(_ argv: [String]) -> [String]? {
        var words = ArraySlice(argv)
        while let first = words.first,
            ["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}"].contains(first)
        {
            words = words.dropFirst()
        }
        guard let first = words.first, !["for", "case", "esac", "in", "function"].contains(first) else { return nil }
        return Array(words)
    }
}

/// The scalar-by-scalar state of `FallbackCommandSplitter`.
private struct SplitterState {
    var commands: [[String]] = []
    private var argv: [String] = []
    private var word = String.UnicodeScalarView()
    private var inWord = false
    private var quote: Unicode.Scalar?
    private var escaped = false
    private var comment = false
    /// The next word is a redirection target (or heredoc delimiter) and is dropped.
    private var dropNextWord = false
    private var inRedirection = false

    mutating func feed(_ scalar: Unicode.Scalar) {
        if comment {
            if scalar == "\n" { comment = false; endCommand() }
            return
        }
        if escaped {
            escaped = false
            if scalar != "\n" { append(scalar) }
            return
        }
        if let open = quote {
            if scalar == open {
                quote = nil
            } else if scalar == "\\" && open == "\"" {
                escaped = true
            } else {
                append(scalar)
            }
            return
        }
        if inRedirection, scalar == ">" || scalar == "<" || scalar == "&" || scalar == "-" { return }
        inRedirection = false
        switch scalar {
        case "\\": escaped = true
        case "'", "\"":
            quote = scalar
            inWord = true
        case " ", "\t", "\r": endWord()
        case "\n", ";", "&", "|", "(", ")", "`": endCommand()
        case "#" where !inWord: comment = true
        case ">", "<":
            // `2>` : the digits were a file descriptor, not a word.
            if inWord, String(word).allSatisfy(\.isNumber) {
                word = String.UnicodeScalarView(); inWord = false
            } else {
                endWord()
            }
            dropNextWord = true
            inRedirection = true
        default: append(scalar)
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        word.append(scalar)
        inWord = true
    }

    private mutating func endWord() {
        guard inWord else { return }
        if dropNextWord { dropNextWord = false } else { argv.append(String(word)) }
        word = String.UnicodeScalarView()
        inWord = false
    }

    mutating func endCommand() {
        endWord()
        dropNextWord = false
        if !argv.isEmpty { commands.append(argv) }
        argv = []
    }
}
