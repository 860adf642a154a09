import ShipshapeCore

/// A parsed `.env` file.
public struct EnvFile: Sendable, Hashable {
    public let path: String
    /// Entries in file order; a key may repeat (the last one wins in `values`).
    public let entries: [EnvEntry]
    public let problems: [ParseProblem]

    public init(path: String, entries: [EnvEntry], problems: [ParseProblem]) {
        self.path = path
        self.entries = entries
        self.problems = problems
    }

    /// The variables as a dictionary, ready to pass to `ComposeParser.parse(environment:)`.
    public var values: [String: String] {
        var values: [String: String] = [:]
        for entry in entries { values[entry.key] = entry.value }
        return values
    }
}

/// One `KEY=value` line (or multi-line quoted value) of a `.env` file.
public struct EnvEntry: Sendable, Hashable {
    public let key: String
    /// The value with quotes removed and double-quote escapes decoded; `${OTHER}` is left as written.
    public let value: String
    public let keyLocation: SourceLocation
    /// The value's scalars at their positions in the file (an escape maps to its backslash).
    public let valueText: EmbeddedText

    public init(key: String, value: String, keyLocation: SourceLocation, valueText: EmbeddedText) {
        self.key = key
        self.value = value
        self.keyLocation = keyLocation
        self.valueText = valueText
    }
}
