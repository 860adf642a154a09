import ShipshapeCore

extension ShellParserState {
    /// `function NAME [()] BODY`.
    mutating func parseFunctionKeyword() {
        advance()
        guard let name = peek().word else {
            diagnose("expected a function name", at: peek().range)
            return
        }
        advance()
        if peek().op == "(" {
            advance()
            _ = expect(")")
        }
        parseFunctionBody(name: name.value)
    }

    /// `NAME ( ) BODY`, the `(` being the current token.
    mutating func parseFunctionDefinition(name: ShellWord) {
        advance()
        _ = expect(")")
        parseFunctionBody(name: name.value)
    }

    /// The body runs when the function is called, so it starts a fresh scope and context.
    mutating func parseFunctionBody(name: String) {
        skipNewlines()
        guard canStartCommand(peek()) else {
            diagnose("expected a function body", at: peek().range)
            return
        }
        let saved = (live, scope)
        enterScope(substitution: false)
        live.function = name
        parseCommand()
        (live, scope) = saved
    }
}
