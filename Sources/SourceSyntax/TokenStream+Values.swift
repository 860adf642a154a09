extension TokenStream {
    static let nullWords: Set<String> = ["None", "null", "undefined", "nil"]

    /// The literal a single token spells, or nil. Interpolated strings are not literals.
    func literal(at index: Int) -> LiteralValue? {
        guard let token = token(index) else { return nil }
        switch token.kind {
        case .string(let value, let interpolated):
            return interpolated ? nil : .string(value)
        case .number:
            return .number(token.text)
        case .identifier:
            switch token.text {
            case "True", "true": return .bool(true)
            case "False", "false": return .bool(false)
            case _ where Self.nullWords.contains(token.text):
                // Each language spells null its own way; `None` in Go is just a name.
                let spelled: Set<String> =
                    switch language {
                    case .python: ["None"]
                    case .javascript: ["null", "undefined"]
                    case .go: ["nil"]
                    }
                return spelled.contains(token.text) ? .null(spelling: token.text) : nil
            default: return nil
            }
        default:
            return nil
        }
    }

    /// A literal that is a whole expression: followed by a separator, closing bracket or line end.
    func completeLiteral(at index: Int) -> LiteralValue? {
        guard let value = literal(at: index), isTerminator(index + 1) else { return nil }
        if case .bool = value, language == .python, token(index)?.text.first?.isLowercase == true { return nil }
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
