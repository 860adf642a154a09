import ShipshapeCore

/// The file as scalars split into physical lines, so any scalar's 1-based position is cheap to compute.
///
/// Positions are computed per line from offsets instead of stored per scalar: a 5 MB Dockerfile
/// would otherwise need tens of megabytes of positions before any instruction is built.
struct SourceLines: Sendable {
    let scalars: [Unicode.Scalar]
    /// Half-open scalar ranges of each line, without the `\n` and without a trailing `\r`.
    let lines: [Range<Int>]

    init(text: String) {
        var scalars = Array(text.unicodeScalars)
        // A UTF-8 BOM is invisible to editors: drop it so columns on line 1 match what users see.
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var lines: [Range<Int>] = []
        var start = 0
        for index in scalars.indices where scalars[index] == "\n" {
            lines.append(start..<Self.trimCarriageReturn(scalars, start, index))
            start = index + 1
        }
        if start < scalars.count { lines.append(start..<Self.trimCarriageReturn(scalars, start, scalars.count)) }
        self.scalars = scalars
        self.lines = lines
    }

    private static func trimCarriageReturn(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        end > start && scalars[end - 1] == "\r" ? end - 1 : end
    }

    /// The position of the scalar at `offset`, which lies on line `lineIndex` (0-based).
    func position(line lineIndex: Int, offset: Int) -> SourcePosition {
        SourcePosition(line: lineIndex + 1, column: offset - lines[lineIndex].lowerBound + 1)
    }

    /// The line's text with leading and trailing blanks removed.
    func trimmed(_ lineIndex: Int) -> ArraySlice<Unicode.Scalar> {
        var range = lines[lineIndex]
        while !range.isEmpty, Self.isBlank(scalars[range.lowerBound]) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while !range.isEmpty, Self.isBlank(scalars[range.upperBound - 1]) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        return scalars[range]
    }

    /// True for a line holding only blanks.
    func isBlank(_ lineIndex: Int) -> Bool { trimmed(lineIndex).isEmpty }

    /// True for a line whose first non-blank scalar is `#`.
    func isComment(_ lineIndex: Int) -> Bool { trimmed(lineIndex).first == "#" }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
    }
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
