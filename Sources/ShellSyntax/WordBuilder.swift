import ShipshapeCore

/// Accumulates a word's scalars after quote removal, each with its position in the file.
struct WordBuilder {
    var scalars: [Unicode.Scalar] = []
    var positions: [SourcePosition] = []
    var hasExpansion = false

    /// Appends `scalar`, which stands at `position` in the file.
    mutating func append(_ scalar: Unicode.Scalar, at position: SourcePosition) {
        scalars.append(scalar)
        positions.append(position)
    }

    /// Appends the scalars of `source` in `range` as written.
    mutating func append(_ source: EmbeddedText, range: Range<Int>) {
        scalars.append(contentsOf: source.scalars[range])
        positions.append(contentsOf: source.positions[range])
    }

    /// The finished text; `end` is the position just after the word.
    func text(file: String, end: SourcePosition) -> EmbeddedText {
        EmbeddedText(file: file, scalars: scalars, positions: positions + [end])
    }
}
