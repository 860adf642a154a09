import ShipshapeCore

/// A file's text split into lines of Unicode scalars, so 1-based line/column positions
/// (columns in scalars, like libyaml) can be looked up directly.
public struct SourceLines: Sendable {
    /// Lines without their terminator; a trailing `\r` of a CRLF ending is dropped too.
    public let lines: [[Unicode.Scalar]]

    public init(_ text: String) {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if current.last == "\r" { current.removeLast() }
                lines.append(current)
                current = []
            } else {
                current.append(scalar)
            }
        }
        if current.last == "\r" { current.removeLast() }
        lines.append(current)
        self.lines = lines
    }

    /// The scalar at a position, `\n` at a line end, nil past the end of the file.
    public func scalar(at position: SourcePosition) -> Unicode.Scalar? {
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let line = lines[position.line - 1]
        let index = position.column - 1
        if index >= 0, index < line.count { return line[index] }
        if index == line.count, position.line < lines.count { return "\n" }
        return nil
    }

    /// The position after `position`: the next column, or column 1 of the next line after a line end.
    public func advance(_ position: SourcePosition) -> SourcePosition {
        guard position.line >= 1, position.line <= lines.count else { return position }
        if position.column - 1 >= lines[position.line - 1].count {
            return SourcePosition(line: position.line + 1, column: 1)
        }
        return SourcePosition(line: position.line, column: position.column + 1)
    }

    /// Number of leading spaces of a 1-based line.
    public func indentation(ofLine line: Int) -> Int {
        guard line >= 1, line <= lines.count else { return 0 }
        return lines[line - 1].prefix { $0 == " " }.count
    }

    /// True when a 1-based line holds only spaces and tabs.
    public func isBlank(line: Int) -> Bool {
        guard line >= 1, line <= lines.count else { return true }
        return lines[line - 1].allSatisfy { $0 == " " || $0 == "\t" }
    }
}
