/// Text cut out of a file — a `run:` block, a `RUN` instruction, a quoted `sh -c` argument —
/// that remembers where each of its Unicode scalars stands in that file.
///
/// Parsers of embedded languages (shell inside YAML, shell inside a Dockerfile, shell inside a
/// shell string) work on an `EmbeddedText`, so every location they report points into the
/// original file, however deep the nesting.
public struct EmbeddedText: Sendable, Hashable {
    public let file: String
    public let scalars: [Unicode.Scalar]
    /// `positions[i]` is where `scalars[i]` stands; the extra last entry is the end position.
    public let positions: [SourcePosition]

    /// Text that stands contiguously in the file from `start` (newlines move to column 1 of the next line).
    public init(file: String, text: String, start: SourcePosition = SourcePosition(line: 1, column: 1)) {
        let scalars = Array(text.unicodeScalars)
        var positions: [SourcePosition] = []
        positions.reserveCapacity(scalars.count + 1)
        var line = start.line
        var column = start.column
        for scalar in scalars {
            positions.append(SourcePosition(line: line, column: column))
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        positions.append(SourcePosition(line: line, column: column))
        self.init(file: file, scalars: scalars, positions: positions)
    }

    /// Text whose scalars stand at arbitrary positions; `positions` has one more entry than `scalars`.
    public init(file: String, scalars: [Unicode.Scalar], positions: [SourcePosition]) {
        precondition(positions.count == scalars.count + 1, "one position per scalar plus the end")
        self.file = file
        self.scalars = scalars
        self.positions = positions
    }

    public var text: String {
        var string = String.UnicodeScalarView()
        string.append(contentsOf: scalars)
        return String(string)
    }

    public var isEmpty: Bool { scalars.isEmpty }

    /// The location of the scalars in `range` (an empty range gives a point).
    public func location(of range: Range<Int>) -> SourceLocation {
        let lower = min(max(range.lowerBound, 0), scalars.count)
        let upper = min(max(range.upperBound, lower), scalars.count)
        let end: SourcePosition
        if upper > lower {
            // Just after the last scalar, on its own line (not at the start of the next one).
            let last = positions[upper - 1]
            end = SourcePosition(line: last.line, column: last.column + 1)
        } else {
            end = positions[lower]
        }
        return SourceLocation(file: file, start: positions[lower], end: end)
    }

    /// The scalars in `range`, keeping their positions.
    public func slice(_ range: Range<Int>) -> EmbeddedText {
        let lower = min(max(range.lowerBound, 0), scalars.count)
        let upper = min(max(range.upperBound, lower), scalars.count)
        var positions = Array(self.positions[lower..<upper])
        positions.append(
            upper < self.positions.count ? self.positions[upper] : self.positions[self.positions.count - 1])
        return EmbeddedText(file: file, scalars: Array(scalars[lower..<upper]), positions: positions)
    }
}
