/// A 1-based line and column in a file. Columns count Unicode scalars, as libyaml does.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A span in one file: where a finding, a word or an instruction is.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The path as the user named it (relative to the lint root when discovered).
    public var file: String
    public var start: SourcePosition
    /// The position just after the last character, on the same or a later line.
    public var end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition? = nil) {
        self.file = file
        self.start = start
        self.end = end ?? start
    }

    public init(file: String, line: Int, column: Int = 1, endLine: Int? = nil, endColumn: Int? = nil) {
        self.init(
            file: file,
            start: SourcePosition(line: line, column: column),
            end: SourcePosition(line: endLine ?? line, column: endColumn ?? column))
    }

    public var line: Int { start.line }
    public var column: Int { start.column }

    public var description: String { "\(file):\(start.line):\(start.column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.start, lhs.end) < (rhs.file, rhs.start, rhs.end)
    }

    /// The smallest span covering both.
    public func union(_ other: SourceLocation) -> SourceLocation {
        guard other.file == file else { return self }
        return SourceLocation(file: file, start: min(start, other.start), end: max(end, other.end))
    }
}
