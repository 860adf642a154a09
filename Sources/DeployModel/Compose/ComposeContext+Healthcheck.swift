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
        if !disabled, let testNode = node["test"] {
            healthcheck.hostVariables = (testNode.items ?? [testNode]).flatMap { hostVariables(in: $0) }
        }
        return healthcheck
    }

    /// `$X` and `${X}` written in a scalar (before interpolation) that the `.env` does not set, as written.
    func hostVariables(in node: YAMLNode) -> [Located<String>] {
        guard let scalar = node.scalar else { return [] }
        let raw = document.text(of: scalar)
        return ComposeInterpolator.references(in: raw.scalars).compactMap { reference in
            guard reference.operation.isEmpty, interpolator.environment[reference.name] == nil else { return nil }
            let written =
                reference.range.upperBound < raw.scalars.count && raw.scalars[reference.range.upperBound] == "}"
            let range = written ? reference.range.lowerBound..<reference.range.upperBound + 1 : reference.range
            return Located(value: raw.slice(range).text, location: raw.location(of: range))
        }
    }

    /// Per `environment:` entry, the variables its value is written with (a bare `K`: `K` itself).
    func environmentReferences(_ node: YAMLNode?) -> [String: [String]] {
        guard let node else { return [:] }
        var result: [String: [String]] = [:]
        for pair in node.pairs ?? [] {
            guard let key = pair.key.scalar.map({ document.text(of: $0).text }) else { continue }
            guard let value = pair.value.scalar else {
                result[key] = [key]
                continue
            }
            result[key] = ComposeInterpolator.references(in: document.text(of: value).scalars).map(\.name)
        }
        for item in node.items ?? [] {
            guard let text = item.scalar.map({ document.text(of: $0).text }) else { continue }
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            result[name] =
                parts.count == 1
                ? [name] : ComposeInterpolator.references(in: Array(parts[1].unicodeScalars)).map(\.name)
        }
        return result
    }
}
