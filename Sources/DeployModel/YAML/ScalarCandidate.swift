import ShipshapeCore

/// One source scalar that may produce a value scalar, as seen when re-reading a YAML scalar.
struct ScalarCandidate {
    let scalar: Unicode.Scalar
    let position: SourcePosition
    /// Whitespace may be dropped or folded by YAML, so alignment may skip it.
    let isWhitespace: Bool

    init(_ scalar: Unicode.Scalar, at position: SourcePosition, content: Bool = false) {
        self.scalar = scalar
        self.position = position
        isWhitespace = !content && (scalar == " " || scalar == "\t" || scalar == "\n")
    }
}
