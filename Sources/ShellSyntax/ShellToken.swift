import ShipshapeCore

/// One lexical unit of shell source, produced on demand by the parser's lexer.
///
/// A class so the parser's frames hold one pointer per token temporary: the parser recurses once
/// per nesting level, and inline token copies made each level's stack frame several KiB larger.
final class ShellToken: Sendable {
    enum Kind: Sendable {
        /// A word; reserved words are words too, recognised by the parser in command position.
        case word(ShellWord)
        /// A control operator: `;`, `&`, `&&`, `||`, `|`, `|&`, `;;`, `;&`, `;;&`, `(`, `)`.
        case op(String)
        /// A redirection operator with its optional file descriptor (`2>`, `>>`, `<<-`).
        case redirection(fd: Int?, op: Redirection.Operator)
        case newline
        case eof
    }

    let kind: Kind
    /// Scalar offsets of the token in the parsed text.
    let range: Range<Int>

    init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The word when the token is one.
    var word: ShellWord? {
        if case .word(let word) = kind { return word }
        return nil
    }

    /// The operator text when the token is a control operator.
    var op: String? {
        if case .op(let text) = kind { return text }
        return nil
    }

    /// The reserved word this token spells when unquoted (`if`, `done`, `{`...), else nil.
    var reservedWord: String? {
        // A raw spelling in the set has no quotes or escapes, so it is also the unquoted value.
        guard let word, ShellToken.reserved.contains(word.raw) else { return nil }
        return word.raw
    }

    /// True for tokens that end a simple command or a list.
    var isSeparator: Bool {
        switch kind {
        case .op, .newline, .eof: return true
        case .word, .redirection: return false
        }
    }

    static let reserved: Set<String> = [
        "if", "then", "elif", "else", "fi", "do", "done", "case", "esac", "while", "until", "for",
        "in", "{", "}", "!", "[[", "]]", "function", "select", "time",
    ]
}
