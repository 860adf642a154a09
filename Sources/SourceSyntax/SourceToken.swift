/// One token of a Python, JavaScript/TypeScript or Go source file. Comments are dropped; line
/// breaks are kept as tokens because they end statements in all three languages.
public struct SourceToken: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case identifier
        /// A string literal. `value` holds its text with escapes decoded; an interpolated string
        /// (f-string, template literal) has each interpolation replaced by `SourceToken.hole`.
        case string(value: String, interpolated: Bool)
        case number
        /// An operator or bracket: `(`, `=`, `:=`, `=>`, `...`.
        case punctuation
        case newline
    }

    public let kind: Kind
    /// The source text (for strings: the whole literal, quotes included).
    public let text: String
    /// 1-based line and column (Unicode scalars) of the first character.
    public let line: Int
    public let column: Int
    /// Line and column just after the last character.
    public let endLine: Int
    public let endColumn: Int

    /// Stands for an interpolated expression inside a string value.
    public static let hole: Character = "\u{1}"

    public init(kind: Kind, text: String, line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    public func isPunctuation(_ symbol: String) -> Bool { kind == .punctuation && text == symbol }
    public var isIdentifier: Bool { kind == .identifier }
    public var isNewline: Bool { kind == .newline }

    /// The decoded text of a string literal that has no interpolation, or nil.
    public var plainString: String? {
        if case .string(let value, let interpolated) = kind, !interpolated { return value }
        return nil
    }

    /// The decoded text of any string literal (interpolations as `hole`), or nil.
    public var stringValue: String? {
        if case .string(let value, _) = kind { return value }
        return nil
    }
}
