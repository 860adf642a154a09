import ShipshapeCore

/// Reads the content lines of a literal (`|`) or folded (`>`) block scalar as candidates,
/// with the block's indentation stripped; every line break is a candidate at its line end.
struct BlockScalarCursor: IteratorProtocol {
    private let lines: SourceLines
    private let indent: Int
    private var line: Int
    private var column: Int
    private var lineStarted = false

    /// `firstLine` is the line after the header; `indent` is the content indentation in spaces.
    init(lines: SourceLines, firstLine: Int, indent: Int) {
        self.lines = lines
        self.indent = indent
        line = firstLine
        column = 1
    }

    mutating func next() -> ScalarCandidate? {
        guard line <= lines.lineCount else { return nil }
        let text = lines.line(line)
        if !lineStarted {
            // A non-blank line indented less than the block ends it.
            let leading = lines.indentation(ofLine: line)
            if !lines.isBlank(line: line), leading < indent { return nil }
            column = min(indent, leading) + 1
            lineStarted = true
        }
        if column - 1 < text.count {
            let candidate = ScalarCandidate(text[column - 1], at: SourcePosition(line: line, column: column))
            column += 1
            return candidate
        }
        let lineEnd = ScalarCandidate("\n", at: SourcePosition(line: line, column: text.count + 1))
        line += 1
        lineStarted = false
        return lineEnd
    }
}
