import DeployModel
import ShellSyntax
import ShipshapeCore

/// `$(docker compose [-f FILE]… ps -q SERVICE)`: a container ID looked up by compose service, written as a
/// `docker exec` target directly or through a variable a script assigns once from it
/// (`CID=$(docker compose ps -q api)` … `docker exec "$CID" curl …`).
struct ComposeServiceLookup: Sendable, Hashable {
    let service: String
    let files: [String]

    /// Options of `compose ps` that take a value.
    static let valuedOptions: Set<String> = ["--status", "--format", "--filter"]

    /// The lookup a word's text is (`$(…)` or `` `…` ``), else nil.
    static func parse(_ text: String) -> ComposeServiceLookup? {
        let inner: Substring
        if text.hasPrefix("$("), text.hasSuffix(")") {
            inner = text.dropFirst(2).dropLast()
        } else if text.hasPrefix("`"), text.hasSuffix("`"), text.count > 1 {
            inner = text.dropFirst().dropLast()
        } else {
            return nil
        }
        let script = ShellParser.parse(EmbeddedText(file: "", text: String(inner)))
        guard script.commands.count == 1, let command = script.commands.first,
            let compose = ComposeInvocation.parse(command), compose.subcommand == "ps"
        else { return nil }
        let files = compose.files.map { $0.literal ?? "$" }
        let words = compose.arguments.map { $0.literal ?? "$" }
        var index = 0
        var quiet = false
        var service: String?
        while index < words.count {
            let word = words[index]
            if valuedOptions.contains(word) {
                index += 2
                continue
            }
            if word.hasPrefix("-") {
                if word == "--quiet" || (!word.hasPrefix("--") && word.contains("q")) { quiet = true }
            } else if service == nil {
                service = word
            } else {
                // Several services: several IDs, no single container.
                return nil
            }
            index += 1
        }
        guard quiet, let service, !service.contains("$") else { return nil }
        return ComposeServiceLookup(service: service, files: files)
    }

    /// Per script file: variables assigned exactly once, from a lookup.
    static func bindings(in units: [ShellUnit]) -> [String: [String: ComposeServiceLookup]] {
        var assigned: [String: [String: ComposeServiceLookup?]] = [:]
        for unit in units {
            for command in unit.script.commands where !command.context.inSubstitution {
                for word in command.assignments {
                    let text = word.value
                    guard let equals = text.firstIndex(of: "="), text.contains("ps") else { continue }
                    let name = String(text[..<equals])
                    let lookup = parse(String(text[text.index(after: equals)...]))
                    if let existing = assigned[unit.file]?[name], existing != lookup {
                        assigned[unit.file, default: [:]][name] = .some(nil)
                    } else {
                        assigned[unit.file, default: [:]][name] = lookup
                    }
                }
            }
        }
        return assigned.mapValues { $0.compactMapValues { $0 } }
    }

    /// The variable a word consists of (`$CID`, `${CID}`), else nil.
    static func variable(_ text: String) -> String? {
        guard text.hasPrefix("$") else { return nil }
        var name = Substring(text.dropFirst())
        if name.hasPrefix("{") {
            guard name.hasSuffix("}") else { return nil }
            name = name.dropFirst().dropLast()
        }
        return ScriptVariables.isName(String(name)) ? String(name) : nil
    }
}
