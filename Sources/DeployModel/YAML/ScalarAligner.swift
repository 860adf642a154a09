import ShipshapeCore

/// Lines the value of a YAML scalar up with the source scalars it came from.
///
/// YAML's value is authoritative (Yams computed it); the candidates are the source scalars in
/// order, with escapes already decoded. Whitespace candidates may be skipped (trimmed indentation,
/// folded line breaks), and a space made by folding a line break maps to that line's end.
enum ScalarAligner {
    /// One position per value scalar, or nil when the source does not match the value.
    static func align(_ value: [Unicode.Scalar], with candidates: inout some IteratorProtocol<ScalarCandidate>)
        -> [SourcePosition]?
    {
        var positions: [SourcePosition] = []
        positions.reserveCapacity(value.count + 1)
        var pending = candidates.next()
        for scalar in value {
            while true {
                guard let candidate = pending else { return nil }
                if candidate.scalar == scalar || (scalar == " " && candidate.scalar == "\n") {
                    positions.append(candidate.position)
                    pending = candidates.next()
                    break
                }
                if candidate.isWhitespace {
                    pending = candidates.next()
                    continue
                }
                if scalar == " " || scalar == "\n" {
                    // A folded line break whose source whitespace was already consumed.
                    positions.append(candidate.position)
                    break
                }
                return nil
            }
        }
        if let next = pending {
            positions.append(next.position)
        } else if let last = positions.last {
            positions.append(SourcePosition(line: last.line, column: last.column + 1))
        }
        return positions
    }
}
