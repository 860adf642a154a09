extension TokenStream {
    /// How each language spells true, false and null; `None` in Go or `true` in Python is just a name.
    var keywordLiterals: [String: LiteralValue] {
        switch language {
        case .python: ["True": .bool(true), "False": .bool(false), "None": .null(spelling: "None")]
        case .javascript:
            [
                "true": .bool(true), "false": .bool(false), "null": .null(spelling: "null"),
                "undefined": .null(spelling: "undefined"),
            ]
        case .go: ["true": .bool(true), "false": .bool(false), "nil": .null(spelling: "nil")]
        }
    }

    /// The literal a single token spells, or nil. Interpolated strings are not literals.
    func literal(at index: Int) -> LiteralValue? {
        guard let token = token(index) else { return nil }
        switch token.kind {
        case .string(let value, let interpolated): return interpolated ? nil : .string(value)
        case .number: return .number(token.text)
        case .identifier: return keywordLiterals[token.text]
        default: return nil
        }
    }

    /// A literal that is a whole expression: followed by a separator, closing bracket or line end.
    func completeLiteral(at index: Int) -> LiteralValue? {
        guard let value = literal(at: index), isTerminator(index + 1) else { return nil }
        return value
    }

    /// The value of a setting starting at `index` and the index of its last token.
    func settingValue(at index: Int) -> (value: SettingValue, end: Int) {
        if let literal = completeLiteral(at: index) { return (.literal(literal), index) }
        if let (callee, end) = constructor(at: index) { return (.constructed(callee: callee), end) }
        return (.unknown, index)
    }

    /// `Name(…)`, `pkg.Name(…)`, `new Name(…)`, `&Name{…}`, `Name{…}` as a whole expression.
    func constructor(at index: Int) -> (callee: [String], end: Int)? {
        var position = index
        if let first = token(position), first.text == "new" || first.isPunctuation("&") { position += 1 }
        var callee: [String] = []
        while let token = token(position), token.isIdentifier {
            callee.append(token.text)
            guard let dot = self.token(position + 1), dot.isPunctuation(".") else { break }
            position += 2
        }
        guard !callee.isEmpty, let open = token(position + 1),
            open.isPunctuation("(") || (open.isPunctuation("{") && language == .go),
            let close = partner[position + 1], isTerminator(close + 1)
        else { return nil }
        return (callee, close)
    }
}
