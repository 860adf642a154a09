import ShipshapeCore

extension YAMLDocument {
    /// The text of a scalar node with the file position of every value scalar; nil for collections.
    func text(of node: YAMLNode) -> EmbeddedText? {
        guard case .scalar(let scalar) = node else { return nil }
        return text(of: scalar)
    }

    /// The scalar's value as an `EmbeddedText` whose positions point into this file.
    ///
    /// Falls back to treating the value as contiguous from the scalar's start if the source
    /// cannot be lined up with the value (which would be a bug here, not in the input).
    func text(of scalar: YAMLScalar) -> EmbeddedText {
        let value = Array(scalar.value.unicodeScalars)
        let start = contentStart(of: scalar)
        var positions: [SourcePosition]?
        switch scalar.style {
        case .plain, .singleQuoted, .doubleQuoted:
            var cursor = FlowScalarCursor(lines: lines, style: scalar.style, start: start)
            positions = ScalarAligner.align(value, with: &cursor)
        case .literal, .folded:
            positions = blockPositions(value, header: start)
        }
        if let positions, positions.count == value.count + 1 {
            return EmbeddedText(file: file, scalars: value, positions: positions)
        }
        let fallbackStart =
            scalar.style == .literal || scalar.style == .folded
            ? SourcePosition(line: start.line + 1, column: 1) : start
        return EmbeddedText(file: file, text: scalar.value, start: fallbackStart)
    }

    /// The location spanned by a node: a scalar's text, or a point at a collection's start.
    func span(of node: YAMLNode) -> SourceLocation {
        guard case .scalar(let scalar) = node else { return location(of: node) }
        let text = text(of: scalar)
        if text.isEmpty { return SourceLocation(file: file, start: contentStart(of: scalar)) }
        return text.location(of: 0..<text.scalars.count)
    }

    /// Where the scalar itself begins, after any `&anchor` and `!tag` properties.
    func contentStart(of scalar: YAMLScalar) -> SourcePosition {
        var position = scalar.start
        while let first = lines.scalar(at: position), first == "&" || first == "!" {
            while let next = lines.scalar(at: position), next != " ", next != "\n", next != "\t" {
                position = lines.advance(position)
            }
            while let next = lines.scalar(at: position), next == " " || next == "\n" || next == "\t" {
                position = lines.advance(position)
            }
        }
        return position
    }

    /// Positions for a block scalar whose `|` or `>` header is at `header`.
    private func blockPositions(_ value: [Unicode.Scalar], header: SourcePosition) -> [SourcePosition]? {
        let firstLine = header.line + 1
        guard !value.isEmpty else { return [SourcePosition(line: firstLine, column: 1)] }
        // The content indentation is the first non-blank line's indentation minus the spaces
        // the value keeps at the start of its first non-blank line (non-zero with `|2` and the like).
        guard
            let contentLine = (firstLine...max(firstLine, lines.lineCount)).first(where: { !lines.isBlank(line: $0) })
        else { return nil }
        let valueLines = String(String.UnicodeScalarView(value)).split(
            separator: "\n", omittingEmptySubsequences: false)
        let keptSpaces =
            valueLines.first { !$0.allSatisfy { $0 == " " || $0 == "\t" } }?.prefix { $0 == " " }.count ?? 0
        let indent = max(lines.indentation(ofLine: contentLine) - keptSpaces, 1)
        var cursor = BlockScalarCursor(lines: lines, firstLine: firstLine, indent: indent)
        return ScalarAligner.align(value, with: &cursor)
    }
}
