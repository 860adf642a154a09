import Foundation
import ShellSyntax

/// Shell variables a script assigns exactly one literal value (`IMAGE=acme/api`, `export TAG=1`,
/// `IMAGE=${IMAGE:-acme/api}` — the documented default), so `docker build -t "$IMAGE:$TAG"` names an
/// image. A variable assigned two different values, or from a command, is unknown, and so is any
/// word that uses it.
struct ScriptVariables {
    private var values: [String: String?] = [:]

    init(_ script: ShellScript) {
        for command in script.commands where !command.context.inSubstitution {
            var assignments = command.assignments
            if command.words.isEmpty == false {
                // `export NAME=value` (and readonly/declare): the arguments are assignments.
                guard let name = command.name, ["export", "readonly", "declare", "local", "typeset"].contains(name)
                else { continue }
                assignments = command.words.dropFirst().filter { !$0.value.hasPrefix("-") && $0.value.contains("=") }
            }
            for word in assignments {
                let text = word.value
                guard let equals = text.firstIndex(of: "=") else { continue }
                let name = String(text[..<equals])
                guard Self.isName(name) else { continue }
                let value = resolve(String(text[text.index(after: equals)...]), assigning: name)
                if let existing = values[name], existing != value {
                    values[name] = .some(nil)
                } else {
                    values[name] = value
                }
            }
        }
    }

    /// The word's value with every expansion resolved; nil when one cannot be.
    func resolve(_ word: ShellWord) -> String? {
        word.literal ?? resolve(word.value, assigning: nil)
    }

    /// `$NAME`, `${NAME}`, `${NAME:-default}`/`${NAME-default}` replaced; nil for any other expansion or an
    /// unknown variable without a default. `assigning` is the variable being assigned (its own old value
    /// is unknown: `IMAGE=${IMAGE:-x}` takes the default).
    func resolve(_ text: String, assigning: String?) -> String? {
        guard text.contains("$") || text.contains("`") else { return text }
        guard !text.contains("`"), !text.contains("$("), !text.contains("$[") else { return nil }
        var result = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            rest = rest[rest.index(after: dollar)...]
            var name: String
            var fallback: String?
            if rest.first == "{" {
                guard let close = rest.firstIndex(of: "}") else { return nil }
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
                if let range = inner.range(of: ":-") ?? inner.range(of: "-") {
                    name = String(inner[..<range.lowerBound])
                    fallback = String(inner[range.upperBound...])
                } else {
                    name = String(inner)
                }
            } else {
                let end = rest.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? rest.endIndex
                name = String(rest[..<end])
                rest = rest[end...]
            }
            guard Self.isName(name) else { return nil }
            if name != assigning, let stored = values[name], let value = stored {
                result += value
            } else if let fallback, !fallback.contains("$") {
                result += fallback
            } else {
                return nil
            }
        }
        return result + rest
    }

    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
