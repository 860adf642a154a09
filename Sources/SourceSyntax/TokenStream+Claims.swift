import ShipshapeCore

extension TokenStream {
    /// Methods that attach fields to later log lines: logrus `WithField(s)`, slog/zap `With`, structlog `bind`.
    static let contextMethods: Set<String> = ["with", "withfield", "withfields", "bind", "child"]
    /// Field constructors inside a log call: `zap.String("k", v)`, `slog.Bool(…)`, zerolog's `.Str("k", v)`.
    static let fieldMethods: Set<String> = [
        "String", "Str", "Bool", "Int", "Int32", "Int64", "Uint", "Uint64", "Float64", "Any",
    ]

    /// The claims one log call makes in its own arguments: keyword arguments, Go key/value pairs,
    /// and `key=value` in its message strings. (Object and dict entries inside log calls are read
    /// in one pass over the file, since calls nest.)
    func claims(in call: LogCall) -> [LogClaim] {
        var claims: [LogClaim] = []
        let arguments = arguments(of: call)
        for argument in arguments {
            let first = argument.lowerBound
            if language == .python, argument.count == 3, tokens[first].isIdentifier,
                tokens[first + 1].isPunctuation("="), let value = completeLiteral(at: first + 2)
            {
                claims.append(claim(tokens[first].text, value, at: first + 2, form: .field))
            } else if argument.count == 1, tokens[first].stringValue != nil {
                claims += messageClaims(in: first)
            }
        }
        if language == .go { claims += pairClaims(arguments, method: call.method) }
        return claims
    }

    /// `slog.Info("msg", "storage", "redis")`, `sugar.Infow("msg", "storage", "redis")`,
    /// `logger.With("storage", "redis")`: keys and values alternate after the message.
    func pairClaims(_ arguments: [ClosedRange<Int>], method: String) -> [LogClaim] {
        let lower = method.lowercased()
        let pairStyle =
            lower.hasSuffix("w") || lower.hasSuffix("context") || Self.contextMethods.contains(lower)
            || ["debug", "info", "warn", "error"].contains(lower)
        guard pairStyle else { return [] }
        var claims: [LogClaim] = []
        var position = Self.contextMethods.contains(lower) ? 0 : 1
        while position + 1 < arguments.count {
            let key = arguments[position]
            let value = arguments[position + 1]
            guard key.count == 1, let name = tokens[key.lowerBound].plainString, Self.isKeyLike(name) else { break }
            if value.count == 1, let literal = completeLiteral(at: value.lowerBound) {
                claims.append(claim(name, literal, at: value.lowerBound, form: .field))
            }
            position += 2
        }
        return claims
    }

    /// `"key": literal` or `key: literal` (not in Python, where a bare key is a variable) at the
    /// start of an entry in braces.
    func entryClaim(colon: Int) -> LogClaim? {
        guard let (key, valueIndex) = entry(colon: colon), let value = completeLiteral(at: valueIndex) else {
            return nil
        }
        return claim(key, value, at: valueIndex, form: .field)
    }

    /// The key and value index of a `key: value` entry inside `{…}`, or nil.
    func entry(colon: Int) -> (key: String, value: Int)? {
        guard let open = enclosing[colon], tokens[open].isPunctuation("{"), colon > 0 else { return nil }
        let keyToken = tokens[colon - 1]
        let key: String
        if let text = keyToken.plainString {
            key = text
        } else if keyToken.isIdentifier && language != .python {
            key = keyToken.text
        } else {
            return nil
        }
        guard let before = previous(colon - 1), before == open || tokens[before].isPunctuation(","),
            let value = next(colon)
        else { return nil }
        return (key, value)
    }

    /// `zap.String("storage", "redis")`, `slog.String(…)`, zerolog `log.Info().Str("storage", "redis")`.
    func fieldCallClaims() -> [LogClaim] {
        var claims: [LogClaim] = []
        for (index, token) in tokens.enumerated() where token.isPunctuation("(") {
            guard let close = partner[index], let chain = calleeChain(before: index), chain.count >= 2,
                let method = chain.last, Self.fieldMethods.contains(method), Self.isLogger(chain.dropLast())
            else { continue }
            let call = LogCall(method: method, open: index, close: close)
            let arguments = arguments(of: call)
            guard arguments.count == 2, arguments[0].count == 1, arguments[1].count == 1,
                let key = tokens[arguments[0].lowerBound].plainString, Self.isKeyLike(key),
                let value = completeLiteral(at: arguments[1].lowerBound)
            else { continue }
            claims.append(claim(key, value, at: arguments[1].lowerBound, form: .field))
        }
        return claims
    }

    func claim(_ key: String, _ value: LiteralValue, at index: Int, form: LogClaim.Form) -> LogClaim {
        LogClaim(
            key: key, value: value, form: form, location: location(from: index, to: index), scope: scope(of: index))
    }

    static func isKeyLike(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_", text.count <= 64 else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || "_-.".contains($0) }
    }
}
