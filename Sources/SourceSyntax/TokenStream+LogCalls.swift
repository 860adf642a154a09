/// A call recognised as logging: the callee and the bracket pair around its arguments.
struct LogCall {
    let method: String
    let open: Int
    let close: Int
}

extension TokenStream {
    /// Words that make a receiver a logger (`self.logger`, `log`, `slog`, `zap.L()`, `console`).
    static let loggerWords: Set<String> = [
        "log", "logger", "logging", "slog", "logrus", "syslog", "console", "zap", "zerolog", "structlog", "winston",
        "pino", "bunyan", "klog", "glog", "loguru",
    ]
    /// Logging methods, lowercased; Go's `f`, `w`, `ln` and `Context` variants are folded onto them.
    static let levelMethods: Set<String> = [
        "debug", "info", "warn", "warning", "error", "critical", "fatal", "exception", "trace", "notice", "log",
        "print", "panic", "verbose", "success",
    ]

    /// Every call whose receiver is a logger and whose method logs.
    func logCalls() -> [LogCall] {
        var calls: [LogCall] = []
        for (index, token) in tokens.enumerated() where token.isPunctuation("(") {
            guard let close = partner[index], let chain = calleeChain(before: index), chain.count >= 2,
                let method = chain.last,
                Self.isLevel(method) || Self.contextMethods.contains(method.lowercased()),
                Self.isLogger(chain.dropLast())
            else { continue }
            calls.append(LogCall(method: method, open: index, close: close))
        }
        return calls
    }

    static func isLevel(_ method: String) -> Bool {
        let lower = method.lowercased()
        if levelMethods.contains(lower) { return true }
        for suffix in ["context", "ln", "f", "w"] where lower.hasSuffix(suffix) {
            if levelMethods.contains(String(lower.dropLast(suffix.count))) { return true }
        }
        return false
    }

    static func isLogger(_ receiver: ArraySlice<String>) -> Bool {
        receiver.contains { name in IdentifierWords.split(name).contains { loggerWords.contains($0) } }
    }

    /// The identifiers of `a.b().c` before a `(`: `["a", "b", "c"]`. Calls and `?.` in the chain
    /// are stepped over; nil when no identifier stands right before the bracket.
    func calleeChain(before open: Int) -> [String]? {
        guard let last = token(open - 1), last.isIdentifier else { return nil }
        var chain = [last.text]
        var position = open - 1
        while let dotIndex = previous(position), let dot = token(dotIndex),
            dot.isPunctuation(".") || dot.isPunctuation("?.")
        {
            guard var before = previous(dotIndex) else { break }
            if let token = token(before), token.isPunctuation(")"), let partnerIndex = partner[before],
                let callee = previous(partnerIndex)
            {
                before = callee
            }
            guard let token = token(before), token.isIdentifier else { break }
            chain.insert(token.text, at: 0)
            position = before
        }
        return chain
    }

    /// The arguments of a call: token ranges between the brackets at depth one, without line breaks at their ends.
    func arguments(of call: LogCall) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        var start = call.open + 1
        var index = start
        func flush(_ end: Int) {
            var first = start
            var last = end
            while first <= last, tokens[first].isNewline { first += 1 }
            while last >= first, tokens[last].isNewline { last -= 1 }
            if first <= last { result.append(first...last) }
        }
        while index < call.close {
            let token = tokens[index]
            if token.isPunctuation(","), enclosing[index] == call.open {
                flush(index - 1)
                start = index + 1
            } else if let partner = partner[index], partner > index {
                index = partner
            }
            index += 1
        }
        flush(call.close - 1)
        return result
    }
}
