import ShipshapeCore

/// Tokens of one file with their bracket structure and scopes, read by the fact finders.
struct TokenStream {
    let file: String
    let tokens: [SourceToken]
    let language: SourceLanguage
    let scopes: SourceScopes
    /// For each bracket token, the index of its partner (or nil when unbalanced).
    let partner: [Int?]
    /// For each token, the index of the innermost open bracket around it, or nil at the outermost level.
    let enclosing: [Int?]

    init(file: String, tokens: [SourceToken], language: SourceLanguage) {
        self.file = file
        self.tokens = tokens
        self.language = language
        scopes = SourceScopes(tokens: tokens, language: language)
        var partner = [Int?](repeating: nil, count: tokens.count)
        var enclosing = [Int?](repeating: nil, count: tokens.count)
        var stack: [Int] = []
        for (index, token) in tokens.enumerated() {
            guard token.kind == .punctuation else {
                enclosing[index] = stack.last
                continue
            }
            switch token.text {
            case "(", "[", "{":
                enclosing[index] = stack.last
                stack.append(index)
            case ")", "]", "}":
                if let open = stack.popLast() {
                    partner[open] = index
                    partner[index] = open
                }
                enclosing[index] = stack.last
            default:
                enclosing[index] = stack.last
            }
        }
        self.partner = partner
        self.enclosing = enclosing
    }

    func token(_ index: Int) -> SourceToken? { index >= 0 && index < tokens.count ? tokens[index] : nil }

    /// The previous token that is not a line break.
    func previous(_ index: Int) -> Int? {
        var position = index - 1
        while position >= 0 {
            if !tokens[position].isNewline { return position }
            position -= 1
        }
        return nil
    }

    /// The next token that is not a line break.
    func next(_ index: Int) -> Int? {
        var position = index + 1
        while position < tokens.count {
            if !tokens[position].isNewline { return position }
            position += 1
        }
        return nil
    }

    /// True when the token at `index` ends an expression: a separator, a closing bracket, a line
    /// break or the end of the file.
    func isTerminator(_ index: Int) -> Bool {
        guard let token = token(index) else { return true }
        if token.isNewline { return true }
        return token.kind == .punctuation && [",", ")", "]", "}", ";"].contains(token.text)
    }

    func location(from start: Int, to end: Int) -> SourceLocation {
        SourceLocation(
            file: file, line: tokens[start].line, column: tokens[start].column, endLine: tokens[end].endLine,
            endColumn: tokens[end].endColumn)
    }

    func scope(of index: Int) -> Int { scopes.scopeOfToken[index] }
}
