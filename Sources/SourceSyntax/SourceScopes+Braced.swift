extension SourceScopes {
    static let controlKeywords: Set<String> = [
        "if", "for", "while", "switch", "catch", "with", "return", "typeof", "await", "yield", "new", "in", "of",
    ]

    /// JavaScript/TypeScript and Go: a `{` opens a function body after `=>`, after a parameter list
    /// (`function f(…) {`, a method `name(…) {`, a TypeScript `(…): T {`), or after Go's `func …`
    /// signature (which must end on the line of its `{`).
    static func braced(_ tokens: [SourceToken], language: SourceLanguage) -> ([Int], [Scope]) {
        var result = [Int](repeating: 0, count: tokens.count)
        var scopes = [Scope(name: nil, line: 1)]
        // Open brackets: the token index and, for a function body, its scope id.
        var brackets: [(index: Int, scope: Int?)] = []
        // Scope ids of the function bodies open, innermost last.
        var functions: [Int] = []
        var openOfClose: [Int: Int] = [:]
        var pendingFuncs: [(depth: Int, name: String?, line: Int)] = []
        for (index, token) in tokens.enumerated() {
            result[index] = functions.last ?? 0
            if token.isNewline {
                // Depths only grow towards the top of the stack, so popping is enough.
                while language == .go, let last = pendingFuncs.last, last.depth == brackets.count {
                    pendingFuncs.removeLast()
                }
                continue
            }
            if language == .go && token.isIdentifier && token.text == "func" {
                pendingFuncs.append((brackets.count, goFunctionName(tokens, after: index), token.line))
                continue
            }
            guard token.kind == .punctuation else { continue }
            switch token.text {
            case "(", "[":
                brackets.append((index, nil))
            case "{":
                var scope: Int? = nil
                if language == .go {
                    if let pending = pendingFuncs.last, pending.depth == brackets.count {
                        pendingFuncs.removeLast()
                        scopes.append(Scope(name: pending.name, line: pending.line))
                        scope = scopes.count - 1
                    }
                } else if let name = javascriptFunctionBody(tokens, brace: index, openOfClose: openOfClose) {
                    scopes.append(Scope(name: name.isEmpty ? nil : name, line: token.line))
                    scope = scopes.count - 1
                }
                brackets.append((index, scope))
                if let scope {
                    result[index] = scope
                    functions.append(scope)
                }
            case ")", "]", "}":
                if let open = brackets.popLast() {
                    openOfClose[index] = open.index
                    if open.scope != nil { functions.removeLast() }
                }
                while let last = pendingFuncs.last, last.depth > brackets.count { pendingFuncs.removeLast() }
            default:
                break
            }
        }
        return (result, scopes)
    }

    /// `func name(`, `func (r *T) name(`, or nil for a function literal.
    static func goFunctionName(_ tokens: [SourceToken], after index: Int) -> String? {
        var position = index + 1
        if position < tokens.count, tokens[position].isPunctuation("(") {
            // A method: skip the receiver.
            var depth = 0
            while position < tokens.count {
                if tokens[position].isPunctuation("(") { depth += 1 }
                if tokens[position].isPunctuation(")") {
                    depth -= 1
                    if depth == 0 { break }
                }
                position += 1
            }
            position += 1
        }
        guard position < tokens.count, tokens[position].isIdentifier else { return nil }
        return tokens[position].text
    }

    /// The function's name ("" when anonymous) if the `{` at `brace` opens a function body, else nil.
    static func javascriptFunctionBody(_ tokens: [SourceToken], brace: Int, openOfClose: [Int: Int]) -> String? {
        guard var previous = previousSignificant(tokens, before: brace) else { return nil }
        if tokens[previous].isPunctuation("=>") { return "" }
        if !tokens[previous].isPunctuation(")") {
            // A TypeScript return type: `(…): Promise<void> {`.
            guard let close = typeAnnotationStart(tokens, before: brace) else { return nil }
            previous = close
        }
        guard let open = openOfClose[previous], let callee = previousSignificant(tokens, before: open) else {
            return nil
        }
        let token = tokens[callee]
        guard token.isIdentifier, !controlKeywords.contains(token.text) else {
            // `function <T>(…) {` and other rarities are not worth the risk.
            return nil
        }
        return token.text == "function" ? "" : token.text
    }

    /// The `)` before `: Type {`, looking back over the tokens a type annotation is made of.
    static func typeAnnotationStart(_ tokens: [SourceToken], before brace: Int) -> Int? {
        var position = brace - 1
        var steps = 0
        while position > 0 && steps < 24 {
            let token = tokens[position]
            if token.isPunctuation(":") {
                guard let close = previousSignificant(tokens, before: position), tokens[close].isPunctuation(")") else {
                    return nil
                }
                return close
            }
            let allowed =
                token.isIdentifier || token.isNewline || token.plainString != nil
                || ([".", "<", ">", "[", "]", "|", "&", ",", "?"].contains(token.text) && token.kind == .punctuation)
            guard allowed else { return nil }
            position -= 1
            steps += 1
        }
        return nil
    }

    static func previousSignificant(_ tokens: [SourceToken], before index: Int) -> Int? {
        var position = index - 1
        while position >= 0 {
            if !tokens[position].isNewline { return position }
            position -= 1
        }
        return nil
    }
}
