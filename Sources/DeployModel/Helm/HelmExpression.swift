import Foundation

/// One Helm template action's pipeline (`.Values.service.port | default 80 | quote`), evaluated against
/// literal chart values. Only a small, common part of Helm's language is understood; anything else makes
/// evaluation fail (nil), and the template stays unread rather than guessed.
struct HelmExpression {
    /// What an action produces.
    enum Value {
        case data(Any?)
        /// `include "chart.labels" .`: a named template, unknown but stable (the same name gives the same value).
        case include(String)
        /// Text already indented as a block (`… | nindent 8`): the flow form is used where it stands.
        case block(Any?, indent: Int)
    }

    let values: Any?
    let chart: [String: String]
    /// `.` — the chart root, or what an enclosing `with` selected.
    let dot: Any?
    /// True when `.` is the chart root (so `.Values` means the values).
    let dotIsRoot: Bool

    /// The value of an action's text (without `{{`/`}}` and trim markers); nil when not understood.
    func evaluate(_ text: String) -> Value? {
        let stages = Self.split(text, on: "|")
        guard var value = stages.first.flatMap({ command(Self.words($0), piped: nil) }) else { return nil }
        for stage in stages.dropFirst() {
            guard let next = command(Self.words(stage), piped: value) else { return nil }
            value = next
        }
        return value
    }

    /// One command of a pipeline; `piped` is the previous stage's value, Helm's last argument.
    func command(_ words: [String], piped: Value?) -> Value? {
        guard let head = words.first else { return nil }
        if head == "include" || head == "template" {
            guard let name = words.dropFirst().first.flatMap(Self.stringLiteral), piped == nil else { return nil }
            return .include(name)
        }
        var arguments = Array(words.dropFirst()).map { term($0) }
        if let piped { arguments.append(piped) }
        guard !arguments.contains(where: { $0 == nil }) else { return nil }
        let args = arguments.compactMap { $0 }
        switch head {
        case "default":
            guard args.count == 2 else { return nil }
            return Self.truthy(args[1]) ? args[1] : args[0]
        case "quote", "squote", "toString", "int", "int64", "lower", "upper", "toYaml", "required":
            guard let last = args.last, head == "required" ? args.count == 2 : args.count == 1 else { return nil }
            return transform(head, last)
        case "nindent", "indent":
            guard args.count == 2, case .data(let count) = args[0], let indent = Self.integer(count) else { return nil }
            switch args[1] {
            case .data(let data): return .block(data, indent: indent)
            case .include(let name): return .block(["helm-include/" + name: "release"], indent: indent)
            case .block(let data, _): return .block(data, indent: indent)
            }
        case "not":
            guard args.count == 1 else { return nil }
            return .data(!Self.truthy(args[0]))
        case "and":
            guard args.count >= 2 else { return nil }
            return .data(args.allSatisfy(Self.truthy))
        case "or":
            guard args.count >= 2 else { return nil }
            return .data(args.contains(where: Self.truthy))
        case "eq", "ne":
            guard args.count == 2, case .data(let left) = args[0], case .data(let right) = args[1] else { return nil }
            let equal = Self.scalarText(left) == Self.scalarText(right)
            return .data(head == "eq" ? equal : !equal)
        default:
            guard words.count == 1, piped == nil else { return nil }
            return term(head)
        }
    }

    func transform(_ function: String, _ value: Value) -> Value? {
        guard case .data(let data) = value else {
            return function == "toYaml" || function == "required" ? value : nil
        }
        switch function {
        case "quote", "squote":
            // Helm writes the quotes: `port: {{ .Values.port | quote }}` is the string "8080".
            guard let text = Self.scalarText(data) else { return nil }
            return .data(
                function == "quote" ? HelmFlow.quoted(text) : "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
            )
        case "toString":
            guard let text = Self.scalarText(data) else { return nil }
            return .data(text)
        case "int", "int64":
            return Self.integer(data).map { .data($0) }
        case "lower": return Self.scalarText(data).map { .data($0.lowercased()) }
        case "upper": return Self.scalarText(data).map { .data($0.uppercased()) }
        default: return value
        }
    }

    /// A literal or a field chain: `.Values.a.b`, `$.Values.a`, `.`, `.field`, `.Release.Name`, `"text"`, `8080`.
    func term(_ word: String) -> Value? {
        if let text = Self.stringLiteral(word) { return .data(text) }
        if let number = Int(word) { return .data(number) }
        if word == "true" || word == "false" { return .data(word == "true") }
        if word == "nil" { return .data(nil) }
        var path = word
        var fromRoot = dotIsRoot
        if path.hasPrefix("$.") {
            path.removeFirst()
            fromRoot = true
        } else if path == "$" {
            return nil
        }
        guard path.hasPrefix(".") else { return nil }
        if path == "." { return fromRoot ? nil : .data(dot) }
        let fields = path.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard
            fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } })
        else { return nil }
        if fromRoot {
            switch fields[0] {
            case "Values": return .data(Self.lookup(fields.dropFirst(), in: values))
            case "Release":
                guard fields.count == 2 else { return nil }
                let release = ["Name": "release", "Namespace": "default", "Service": "Helm"]
                return release[fields[1]].map { .data($0) }
            case "Chart":
                guard fields.count == 2, let value = chart[fields[1]] else { return nil }
                return .data(value)
            default: return nil
            }
        }
        return .data(Self.lookup(fields[...], in: dot))
    }

    static func lookup(_ fields: ArraySlice<String>, in value: Any?) -> Any? {
        var current = value
        for field in fields {
            guard let map = mapping(current) else { return nil }
            current = map[field]
        }
        return current
    }

    /// A YAML mapping as `[String: Any]` (Yams builds `[AnyHashable: Any]`).
    static func mapping(_ value: Any?) -> [String: Any]? {
        if let map = value as? [String: Any] { return map }
        guard let map = value as? [AnyHashable: Any] else { return nil }
        var result: [String: Any] = [:]
        for (key, item) in map { result[String(describing: key.base)] = item }
        return result
    }

    static func truthy(_ value: Value) -> Bool {
        switch value {
        case .include, .block: return true
        case .data(let data): return truthy(data)
        }
    }

    static func truthy(_ data: Any?) -> Bool {
        guard let data, !(data is NSNull) else { return false }
        if let bool = data as? Bool { return bool }
        if let number = data as? Int { return number != 0 }
        if let number = data as? Double { return number != 0 }
        if let text = data as? String { return !text.isEmpty }
        if let list = data as? [Any] { return !list.isEmpty }
        if let map = mapping(data) { return !map.isEmpty }
        return true
    }

    static func integer(_ data: Any?) -> Int? {
        if let number = data as? Int { return number }
        if let number = data as? Double, number == number.rounded() { return Int(number) }
        if let text = data as? String { return Int(text) }
        return nil
    }

    /// The text a scalar renders as; nil for mappings and lists. Missing values render empty, as in Helm.
    static func scalarText(_ data: Any?) -> String? {
        guard let data, !(data is NSNull) else { return "" }
        if let bool = data as? Bool { return bool ? "true" : "false" }
        if let number = data as? Int { return String(number) }
        if let number = data as? Double { return number == number.rounded() ? String(Int(number)) : String(number) }
        if let text = data as? String { return text }
        return nil
    }

    static func stringLiteral(_ word: String) -> String? {
        guard word.count >= 2, let first = word.first, first == "\"" || first == "`", word.last == first else {
            return nil
        }
        return String(word.dropFirst().dropLast())
    }

    /// Splits on a separator outside quotes; nil-free.
    static func split(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "`" {
                quote = character
            } else if character == separator {
                parts.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func words(_ text: String) -> [String] {
        split(text, on: " ").filter { !$0.isEmpty }
    }
}

extension HelmExpression.Value {
    /// One-line YAML for the value: a scalar as text, a mapping or list in JSON flow style.
    var flowText: String? {
        switch self {
        case .data(let data):
            // A value the chart does not set renders empty in Helm (`containerPort:` null); the install
            // must supply it, so what it will be is unknown: not rendered. A multi-line string would move
            // every later line: not rendered either.
            guard let data, !(data is NSNull) else { return nil }
            guard let text = HelmFlow.text(data, topLevel: true), !text.contains("\n") else { return nil }
            return text
        // Inline, a named template is mostly a resource name: a stable placeholder.
        case .include(let name):
            return "release-" + name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
        case .block(let data, _): return HelmFlow.text(data, topLevel: true)
        }
    }
}

/// JSON flow text of chart values, valid YAML on one line.
enum HelmFlow {
    static func text(_ data: Any?, topLevel: Bool = false) -> String? {
        guard let data, !(data is NSNull) else { return topLevel ? "" : "null" }
        if let text = data as? String { return topLevel ? text : quoted(text) }
        if let scalar = HelmExpression.scalarText(data) { return scalar }
        if let list = data as? [Any] {
            let items = list.map { text($0) }
            guard !items.contains(where: { $0 == nil }) else { return nil }
            return "[" + items.compactMap { $0 }.joined(separator: ", ") + "]"
        }
        guard let map = HelmExpression.mapping(data) else { return nil }
        var pairs: [String] = []
        for key in map.keys.sorted() {
            guard let value = text(map[key]) else { return nil }
            pairs.append(quoted(key) + ": " + value)
        }
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    /// A JSON string literal, which YAML reads as a double-quoted scalar.
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(text), let literal = String(data: data, encoding: .utf8) else {
            return "\"\""
        }
        return literal
    }
}
