/// What a balanced skip is inside of.
enum SkipMode: Sendable {
    case paren, brace, doubleQuote, singleQuote, ansiQuote, backquote
}

extension ShellParserState {
    /// Skips a balanced construct that starts just inside `mode` at `start`, without recursion;
    /// returns the index after its closing scalar, or nil when it never closes.
    ///
    /// Used where the contents need not be parsed (`${...}`, `$((...))`, arrays) and as the
    /// fallback once nesting is too deep to descend safely.
    func skipBalanced(from start: Int, mode: SkipMode) -> Int? {
        var stack: [SkipMode] = [mode]
        var i = start
        while i < scalars.count, let top = stack.last {
            let c = scalars[i]
            switch top {
            case .singleQuote:
                if c == "'" { stack.removeLast() }
                i += 1
            case .ansiQuote, .backquote:
                if c == "\\" { i += 2; continue }
                if (top == .ansiQuote && c == "'") || (top == .backquote && c == "`") { stack.removeLast() }
                i += 1
            case .doubleQuote:
                i = skipStep(inDoubleQuoteAt: i, stack: &stack)
            case .paren, .brace:
                i = skipStep(inCodeAt: i, top: top, stack: &stack)
            }
        }
        return stack.isEmpty ? i : nil
    }

    /// One step of `skipBalanced` inside double quotes.
    private func skipStep(inDoubleQuoteAt i: Int, stack: inout [SkipMode]) -> Int {
        switch scalars[i] {
        case "\\": return i + 2
        case "\"": stack.removeLast(); return i + 1
        case "`": stack.append(.backquote); return i + 1
        case "$": return skipDollar(at: i, stack: &stack)
        default: return i + 1
        }
    }

    /// One step of `skipBalanced` inside `(...)` or `{...}`.
    private func skipStep(inCodeAt i: Int, top: SkipMode, stack: inout [SkipMode]) -> Int {
        switch scalars[i] {
        case "\\": return i + 2
        case "'": stack.append(.singleQuote)
        case "\"": stack.append(.doubleQuote)
        case "`": stack.append(.backquote)
        case "$":
            if scalar(at: i + 1) == "'" {
                stack.append(.ansiQuote)
                return i + 2
            }
            return skipDollar(at: i, stack: &stack)
        case "(" where top == .paren: stack.append(.paren)
        case ")" where top == .paren: stack.removeLast()
        case "}" where top == .brace: stack.removeLast()
        default: break
        }
        return i + 1
    }

    /// `$(` and `${` open nested constructs; any other `$` is plain.
    private func skipDollar(at i: Int, stack: inout [SkipMode]) -> Int {
        switch scalar(at: i + 1) {
        case "(": stack.append(.paren); return i + 2
        case "{": stack.append(.brace); return i + 2
        default: return i + 1
        }
    }
}
