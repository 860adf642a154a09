import Foundation

/// What a `run:` script writes for later steps: `echo "image=acme/api" >> "$GITHUB_OUTPUT"` (read as
/// `steps.ID.outputs.image`), `echo "IMAGE=acme/api" >> $GITHUB_ENV` (read as `env.IMAGE` by the steps after
/// it) and the deprecated `echo "::set-output name=image::acme/api"`. Only `echo` of a literal value (GitHub
/// expressions allowed) is read; a value the shell computes (`$(…)`, `$VAR`) is unknown.
enum WorkflowStepWrites {
    enum File: String {
        case output = "GITHUB_OUTPUT"
        case environment = "GITHUB_ENV"
    }

    /// The value the script last writes for `name` to `file`: `.some(nil)` when the shell computes it,
    /// nil when the script never writes it.
    static func value(of name: String, in script: String, to file: File) -> String?? {
        var result: String??
        for line in script.split(whereSeparator: \.isNewline) {
            guard let (written, value) = write(in: String(line), to: file), written == name else { continue }
            result = .some(value)
        }
        return result
    }

    /// The `NAME=value` one line writes to `file`, the value nil when the shell computes it.
    static func write(in line: String, to file: File) -> (name: String, value: String?)? {
        var text = Substring(line.trimmingCharacters(in: .whitespaces))
        guard text.hasPrefix("echo ") else { return nil }
        text = text.dropFirst(5).drop { $0 == " " }
        while text.hasPrefix("-e ") || text.hasPrefix("-n ") || text.hasPrefix("-E ") {
            text = text.dropFirst(3).drop { $0 == " " }
        }
        if file == .output, let marker = text.range(of: "::set-output name=") {
            let rest = text[marker.upperBound...]
            guard let separator = rest.range(of: "::") else { return nil }
            return (String(rest[..<separator.lowerBound]), literal(unquoted(rest[separator.upperBound...])))
        }
        guard let redirect = text.range(of: ">>") else { return nil }
        let destination = text[redirect.upperBound...].filter { !" \"'{}$".contains($0) }
        guard destination == file.rawValue else { return nil }
        let pair = unquoted(text[..<redirect.lowerBound])
        guard let equals = pair.firstIndex(of: "="), case let name = pair[..<equals], !name.isEmpty,
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
        else { return nil }
        return (String(name), literal(pair[pair.index(after: equals)...]))
    }

    /// `"a=b"` → `a=b`; also a closing quote left after `::set-output` values.
    static func unquoted(_ text: Substring) -> Substring {
        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        if let first = text.first, first == "\"" || first == "'" { text = text.dropFirst() }
        if let last = text.last, last == "\"" || last == "'" { text = text.dropLast() }
        return text
    }

    /// The value when the shell leaves it as written: no `$` other than a GitHub expression's `${{`.
    static func literal(_ value: Substring) -> String? {
        var rest = value
        while let dollar = rest.firstIndex(of: "$") {
            guard rest[dollar...].hasPrefix("${{"),
                let close = rest.range(of: "}}", range: dollar..<rest.endIndex)
            else { return nil }
            rest = rest[close.upperBound...]
        }
        return String(value)
    }
}
