import ShipshapeCore

/// One shell word, as written and after quote removal.
public struct ShellWord: Sendable, Hashable {
    /// The word exactly as written, quotes and escapes included.
    public let raw: String
    /// The word after quote removal, expansions (`$X`, `$(...)`, backticks) kept as written;
    /// each scalar keeps its position in the original file.
    public let unquoted: EmbeddedText
    /// True when the word holds a parameter expansion, command substitution or arithmetic.
    public let hasExpansion: Bool
    /// Where the word stands in the file.
    public let location: SourceLocation

    public init(raw: String, unquoted: EmbeddedText, hasExpansion: Bool, location: SourceLocation) {
        self.raw = raw
        self.unquoted = unquoted
        self.hasExpansion = hasExpansion
        self.location = location
    }

    /// The value after quote removal (expansions kept as written).
    public var value: String { unquoted.text }

    /// The value when it is fully static (no expansion), else nil.
    public var literal: String? { hasExpansion ? nil : value }
}
