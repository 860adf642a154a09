import ShipshapeCore

extension ComposeContext {
    /// `healthcheck:` — `test` as a string (shell), `["CMD", ...]` (exec), `["CMD-SHELL", "cmd"]`
    /// (shell, positions of that element; further elements kept as `shellArguments`), `["NONE"]` or `disable: true` (disabled).
    /// The location is that of the `healthcheck` key.
    mutating func healthcheck(_ pair: YAMLPair?) -> ComposeHealthcheck? {
        guard let pair, pair.value.pairs != nil else { return nil }
        let node = pair.value
        var disabled = ["true", "True", "TRUE", "yes"].contains(string(node["disable"]) ?? "")
        var test: ComposeCommand?
        var shellArguments: [Located<String>] = []
        var missingKeyword: Located<String>?
        if let testNode = node["test"] {
            if let items = testNode.items {
                let words = items.compactMap { located($0) }
                switch words.first?.value {
                case "NONE":
                    disabled = true
                case "CMD-SHELL":
                    test = items.count > 1 ? text(items[1]).map { .shell($0) } : nil
                    shellArguments = items.dropFirst(2).compactMap { located($0) }
                case "CMD":
                    test = .exec(Array(words.dropFirst()))
                default:
                    // Docker treats a list without a known first word as exec form; compose refuses it.
                    test = .exec(words)
                    missingKeyword = words.first
                }
            } else if let shell = text(testNode) {
                test = .shell(shell)
            }
        }
        var healthcheck = ComposeHealthcheck(
            test: disabled ? nil : test, disabled: disabled, interval: string(node["interval"]),
            timeout: string(node["timeout"]), retries: string(node["retries"]),
            startPeriod: string(node["start_period"]), location: location(pair.key))
        healthcheck.shellArguments = shellArguments
        healthcheck.missingKeyword = missingKeyword
        return healthcheck
    }
}
