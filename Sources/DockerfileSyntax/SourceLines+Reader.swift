import ShipshapeCore

/// The Dockerfile reader's view of `SourceLines`: 0-based line indexes, as it walks them.
extension SourceLines {
    /// The position of the scalar at `offset`, which lies on line `lineIndex` (0-based).
    func position(lineIndex: Int, offset: Int) -> SourcePosition {
        SourcePosition(line: lineIndex + 1, column: offset - lineRanges[lineIndex].lowerBound + 1)
    }

    /// The line's text with leading and trailing blanks removed.
    func trimmed(lineIndex: Int) -> ArraySlice<Unicode.Scalar> {
        var range = lineRanges[lineIndex]
        while !range.isEmpty, Self.isBlank(scalars[range.lowerBound]) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while !range.isEmpty, Self.isBlank(scalars[range.upperBound - 1]) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        return scalars[range]
    }

    /// True for a line holding only blanks.
    func isBlank(lineIndex: Int) -> Bool { trimmed(lineIndex: lineIndex).isEmpty }

    /// True for a line whose first non-blank scalar is `#`.
    func isComment(lineIndex: Int) -> Bool { trimmed(lineIndex: lineIndex).first == "#" }
}

/// Scalars with their positions, built up piece by piece (continuation lines, heredoc bodies).
struct PositionedText: Sendable {
    var scalars: [Unicode.Scalar] = []
    var positions: [SourcePosition] = []
    /// Where the text ends in the file (after its last scalar).
    var end: SourcePosition?

    mutating func append(_ scalar: Unicode.Scalar, at position: SourcePosition) {
        scalars.append(scalar)
        positions.append(position)
        end = SourcePosition(line: position.line, column: position.column + 1)
    }

    /// The text as an `EmbeddedText`; consumes the buffers so they are not copied.
    mutating func finish(file: String, fallbackEnd: SourcePosition) -> EmbeddedText {
        positions.append(end ?? fallbackEnd)
        let text = EmbeddedText(file: file, scalars: scalars, positions: positions)
        scalars = []
        positions = []
        return text
    }
}

extension EmbeddedText {
    /// The text with leading and trailing blanks removed, positions kept.
    func trimmingBlanks() -> EmbeddedText {
        var lower = 0
        var upper = scalars.count
        while lower < upper, SourceLines.isBlank(scalars[lower]) || scalars[lower] == "\n" { lower += 1 }
        while upper > lower, SourceLines.isBlank(scalars[upper - 1]) || scalars[upper - 1] == "\n" { upper -= 1 }
        return slice(lower..<upper)
    }
}
