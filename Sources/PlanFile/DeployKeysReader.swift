import Plan
import ShipshapeCore

/// Reads `deploy:`, how `shipshape deploy` treats each service:
///
/// ```yaml
/// deploy:
///   soak: 30s                # defaults for every service: 0 to 1h
///   successes: 3             # 1 to 100
///   keep: 3                  # 0 to 100
///   services:
///     api:
///       strategy: stop-first # or start-first (refused when impossible)
///       soak: 1m
///       successes: 5
///       keep: 5
///       pre-cutover: ["./migrate", "up"]   # argv, or text run by sh -c; or {command: …, timeout: 10m}
/// ```
struct DeployKeysReader: Sendable {
    static let sectionKeys = ["soak", "successes", "keep", "services"]
    static let serviceKeys = ["strategy", "soak", "successes", "keep", "pre-cutover"]
    static let hookKeys = ["command", "timeout"]
    static let strategies = ["start-first", "stop-first"]

    let reader: PlanReader

    func section(_ node: PlanNode) throws -> DeploySection {
        if PlanFileParser.isNull(node) { return DeploySection() }
        let pairs = try reader.mapping(node, "deploy")
        try reader.checkKeys(pairs, allowed: Self.sectionKeys, "deploy")
        var section = DeploySection()
        section.soakMilliseconds = try soak(pairs, "deploy")
        section.successes = try successes(pairs, "deploy")
        section.keep = try keep(pairs, "deploy")
        if let services = pairs.last(where: { $0.key == "services" })?.value, !PlanFileParser.isNull(services) {
            for entry in try reader.mapping(services, "deploy.services") {
                section.services[entry.key] = try service(entry.value, "deploy.services.\(entry.key)")
            }
        }
        return section
    }

    private func service(_ node: PlanNode, _ keyPath: String) throws -> DeploySection.Service {
        if PlanFileParser.isNull(node) { return DeploySection.Service() }
        let pairs = try reader.mapping(node, keyPath)
        try reader.checkKeys(pairs, allowed: Self.serviceKeys, keyPath)
        var service = DeploySection.Service()
        if let strategy = pairs.last(where: { $0.key == "strategy" })?.value {
            let text = try reader.string(strategy, "\(keyPath).strategy")
            guard Self.strategies.contains(text) else {
                let hint = DidYouMean.suggestion(for: text, among: Self.strategies).map { "; did you mean '\($0)'?" }
                throw reader.fail(
                    strategy.position, "\(keyPath).strategy", "'\(text)' is not start-first or stop-first\(hint ?? "")")
            }
            service.strategy = text
        }
        service.soakMilliseconds = try soak(pairs, keyPath)
        service.successes = try successes(pairs, keyPath)
        service.keep = try keep(pairs, keyPath)
        if let hook = pairs.last(where: { $0.key == "pre-cutover" })?.value {
            service.preCutover = try self.hook(hook, "\(keyPath).pre-cutover")
        }
        return service
    }

    private func hook(_ node: PlanNode, _ keyPath: String) throws -> DeploySection.Hook {
        var hook = DeploySection.Hook(command: [])
        var commandNode = node
        if case .mapping(let pairs, _) = node {
            try reader.checkKeys(pairs, allowed: Self.hookKeys, keyPath)
            guard let command = pairs.last(where: { $0.key == "command" })?.value else {
                throw reader.fail(node.position, keyPath, "expected a `command:` (a list of arguments, or shell text)")
            }
            commandNode = command
            if let timeout = pairs.last(where: { $0.key == "timeout" })?.value {
                let value = try reader.duration(timeout, "\(keyPath).timeout")
                guard (1000...3_600_000).contains(value) else {
                    throw reader.fail(timeout.position, "\(keyPath).timeout", "expected 1s to 1h")
                }
                hook.timeoutMilliseconds = value
            }
        }
        if case .sequence = commandNode {
            hook.command = try reader.strings(commandNode, keyPath)
        } else {
            hook.command = ["sh", "-c", try reader.string(commandNode, keyPath)]
        }
        guard let first = hook.command.first, !first.isEmpty else {
            throw reader.fail(commandNode.position, keyPath, "expected a command, got an empty one")
        }
        return hook
    }

    private func soak(_ pairs: [PlanPair], _ keyPath: String) throws -> Int? {
        guard let node = pairs.last(where: { $0.key == "soak" })?.value else { return nil }
        let value = try reader.duration(node, "\(keyPath).soak")
        guard value <= 3_600_000 else { throw reader.fail(node.position, "\(keyPath).soak", "expected 0s to 1h") }
        return value
    }

    private func successes(_ pairs: [PlanPair], _ keyPath: String) throws -> Int? {
        try pairs.last(where: { $0.key == "successes" }).map {
            try reader.int($0.value, "\(keyPath).successes", what: "1 to 100 consecutive successes", in: 1...100)
        }
    }

    private func keep(_ pairs: [PlanPair], _ keyPath: String) throws -> Int? {
        try pairs.last(where: { $0.key == "keep" }).map {
            try reader.int($0.value, "\(keyPath).keep", what: "0 to 100 kept containers", in: 0...100)
        }
    }
}
