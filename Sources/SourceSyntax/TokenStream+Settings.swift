import ShipshapeCore

extension TokenStream {
    /// Modifiers that may stand before a declared name.
    static let declarationWords: Set<String> = [
        "const", "let", "var", "public", "private", "protected", "readonly", "static", "declare", "export", "final",
    ]

    /// Every setting given a value outside log calls: keyword arguments, assignments (`=`, `:=`,
    /// annotated), and `key: value` entries of dict, object and struct literals.
    func settings(excluding inLog: [Bool]) -> [SettingAssignment] {
        var settings: [SettingAssignment] = []
        for (index, token) in tokens.enumerated() where token.kind == .punctuation && !inLog[index] {
            guard scope(of: index) != SourceScopes.none else { continue }
            if token.text == "=" || token.text == ":=" {
                guard let name = assignmentTarget(equals: index), !isParameterDefault(index),
                    let valueIndex = valueStart(after: index)
                else { continue }
                let (value, end) = settingValue(at: valueIndex)
                settings.append(
                    SettingAssignment(
                        name: tokens[name].plainString ?? tokens[name].text, value: value,
                        location: location(from: name, to: end), scope: scope(of: name)))
            } else if token.text == ":", let (key, valueIndex) = entry(colon: index) {
                let (value, end) = settingValue(at: valueIndex)
                settings.append(
                    SettingAssignment(
                        name: key, value: value, location: location(from: index - 1, to: end),
                        scope: scope(of: index - 1)))
            }
        }
        return settings
    }

    /// The value's first token: the next one, or past line breaks inside brackets.
    func valueStart(after index: Int) -> Int? {
        guard let token = token(index + 1) else { return nil }
        if token.isNewline { return enclosing[index] != nil ? next(index) : nil }
        return index + 1
    }

    /// Words that open a statement and are never a setting's name.
    static let statementKeywords: Set<String> = [
        "if", "elif", "else", "for", "while", "with", "try", "finally", "except", "case", "default", "return", "lambda",
        "switch", "do", "go", "defer", "select",
    ]

    /// The token naming what `=` assigns to: `name = …`, `obj.name = …`, `name: T = …`,
    /// `const name: T = …`, `var name T = …`, `config["name"] = …`. Nil for tuple assignments.
    func assignmentTarget(equals: Int) -> Int? {
        var first = statementStart(before: equals)
        var declared = false
        while first < equals, tokens[first].isIdentifier, Self.declarationWords.contains(tokens[first].text) {
            first += 1
            declared = true
        }
        // `self.name: T = …`, `this.name = …`.
        if first + 2 < equals, ["self", "this"].contains(tokens[first].text), tokens[first + 1].isPunctuation(".") {
            first += 2
        }
        if first + 1 < equals, tokens[first].isIdentifier, !Self.statementKeywords.contains(tokens[first].text) {
            let after = tokens[first + 1]
            let hasComma = tokens[first..<equals].contains { $0.isPunctuation(",") }
            // An annotation (`name: T = …`) or a declaration with a type (`var name T = …`).
            if after.isPunctuation(":") || (declared && after.isIdentifier && !hasComma) { return first }
        }
        guard equals > 0 else { return nil }
        let before = tokens[equals - 1]
        if before.isPunctuation("]"), let open = partner[equals - 1], open + 2 == equals - 1,
            tokens[open + 1].plainString != nil
        {
            return open + 1
        }
        guard before.isIdentifier, !Self.declarationWords.contains(before.text),
            !Self.statementKeywords.contains(before.text)
        else { return nil }
        if let comma = previous(equals - 1), tokens[comma].isPunctuation(",") {
            guard let open = enclosing[equals], tokens[open].isPunctuation("(") else { return nil }
        }
        return equals - 1
    }

    /// The first token of the statement holding `index`, at the same bracket level. Looks back
    /// at most 64 tokens: a longer left-hand side is no simple setting (and `a=a=a=…` stays linear).
    func statementStart(before index: Int) -> Int {
        let level = enclosing[index]
        var position = index - 1
        while position >= max(0, index - 64) {
            let token = tokens[position]
            if position == level { return position + 1 }
            if enclosing[position] == level {
                if token.isNewline || token.isPunctuation(";") || token.isPunctuation(",") || token.isPunctuation("{")
                    || token.isPunctuation("}")
                {
                    return position + 1
                }
            }
            position -= 1
        }
        return max(0, index - 64)
    }

    /// `=` inside a JavaScript parameter list (`function f(a = 1) {`, `(a = 1) => …`): a default,
    /// which callers may override, not a setting.
    func isParameterDefault(_ equals: Int) -> Bool {
        guard language == .javascript, let open = enclosing[equals], tokens[open].isPunctuation("("),
            let close = partner[open], let after = next(close)
        else { return false }
        return tokens[after].isPunctuation("{") || tokens[after].isPunctuation("=>") || tokens[after].isPunctuation(":")
    }
}
