import Foundation
import ShipshapeCore

/// The shell a Makefile's recipes run: each logical recipe line (backslash continuations joined, as
/// the shell receives them), the `@`/`-`/`+` prefixes dropped, and make variables the Makefile
/// defines with a literal value expanded. A variable it does not define (environment, `$(shell …)`,
/// functions) becomes a shell expansion, so no rule ever takes it for a literal name.
enum MakefileRecipes {
    /// The recipes of a Makefile, each as text that keeps the position of every scalar in the file.
    static func scripts(path: String, text: String) -> [EmbeddedText] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: FileClassifier.isLineBreak)
            .map(String.init)
        let variables = MakeVariables(lines: lines)
        var scripts: [EmbeddedText] = []
        var scalars: [Unicode.Scalar] = []
        var positions: [SourcePosition] = []
        var inDefine = false
        var continuing = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !line.hasPrefix("\t") {
                if trimmed.hasPrefix("define ") || trimmed == "define" { inDefine = true }
                if trimmed == "endef" { inDefine = false }
            }
            guard (line.hasPrefix("\t") || continuing) && !inDefine else {
                continuing = false
                continue
            }
            var body = Substring(line)
            var column = 1
            if body.first == "\t" {
                body = body.dropFirst()
                column += 1
            }
            if !continuing {
                // `@echo`, `-rm`, `+$(MAKE)`: make's prefixes, not part of the command.
                while let first = body.first, first == "@" || first == "-" || first == "+" || first == " " {
                    body = body.dropFirst()
                    column += 1
                }
            }
            let start = SourcePosition(line: index + 1, column: column)
            append(variables.expand(String(body), at: start), to: &scalars, positions: &positions, line: index + 1)
            continuing = body.hasSuffix("\\")
            if continuing {
                scalars.append("\n")
                positions.append(SourcePosition(line: index + 1, column: column + body.unicodeScalars.count))
            } else if !scalars.isEmpty {
                positions.append(SourcePosition(line: index + 1, column: column + body.unicodeScalars.count))
                scripts.append(EmbeddedText(file: path, scalars: scalars, positions: positions))
                scalars = []
                positions = []
            }
        }
        if !scalars.isEmpty, let last = positions.last {
            positions.append(last)
            scripts.append(EmbeddedText(file: path, scalars: scalars, positions: positions))
        }
        return scripts
    }

    private static func append(
        _ expanded: [(Unicode.Scalar, SourcePosition)], to scalars: inout [Unicode.Scalar],
        positions: inout [SourcePosition], line: Int
    ) {
        for (scalar, position) in expanded {
            scalars.append(scalar)
            positions.append(position)
        }
    }
}

/// Make variables assigned in a Makefile (`NAME = value`, `:=`, `?=`, `+=`), for recipe expansion.
/// A variable assigned two different values (say in both branches of an `ifeq`) is unknown.
struct MakeVariables {
    private var values: [String: String?] = [:]

    /// Assignment lines: optional `export`/`override`, a name, an operator, a value.
    static let assignment = try? NSRegularExpression(
        pattern: #"^(?:export\s+|override\s+)*([A-Za-z_][A-Za-z0-9_.-]*)\s*(::=|:=|\?=|\+=|!=|=)\s*(.*)$"#)

    init(lines: [String]) {
        guard let pattern = Self.assignment else { return }
        for line in lines where !line.hasPrefix("\t") {
            let range = NSRange(line.startIndex..., in: line)
            guard let match = pattern.firstMatch(in: line, range: range), match.numberOfRanges == 4,
                let nameRange = Range(match.range(at: 1), in: line), let opRange = Range(match.range(at: 2), in: line),
                let valueRange = Range(match.range(at: 3), in: line)
            else { continue }
            let name = String(line[nameRange])
            var value = String(line[valueRange])
            if let hash = value.firstIndex(of: "#") { value = String(value[..<hash]) }
            value = value.trimmingCharacters(in: .whitespaces)
            // A value continued on the next line, or computed by the shell, is not known.
            let known: String? = value.hasSuffix("\\") || line[opRange] == "!=" ? nil : value
            switch line[opRange] {
            case "?=":
                if values[name] == nil { values[name] = known }
            case "+=":
                let previous = values[name] ?? ""
                values[name] = previous.flatMap { old in known.map { old.isEmpty ? $0 : old + " " + $0 } }
            default:
                if let existing = values[name], existing != known {
                    values[name] = .some(nil)
                } else {
                    values[name] = known
                }
            }
        }
    }

    /// The value of a variable when the Makefile gives it exactly one literal value (after expanding the
    /// variables it refers to), else nil.
    func value(of name: String, depth: Int = 0) -> String? {
        guard depth < 8, let stored = values[name], let value = stored else { return nil }
        let expanded = expand(value, at: SourcePosition(line: 1, column: 1), depth: depth + 1)
        let text = String(String.UnicodeScalarView(expanded.map(\.0)))
        return text.contains("$") ? nil : text
    }

    /// `text` with `$(NAME)`/`${NAME}` of known variables replaced by their values (each scalar placed
    /// at the reference), `$$` as `$`, and any other reference as the shell expansion `${NAME}`.
    func expand(_ text: String, at start: SourcePosition, depth: Int = 0) -> [(Unicode.Scalar, SourcePosition)] {
        let scalars = Array(text.unicodeScalars)
        var result: [(Unicode.Scalar, SourcePosition)] = []
        var index = 0
        func position(_ offset: Int) -> SourcePosition {
            SourcePosition(line: start.line, column: start.column + offset)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "$", index + 1 < scalars.count else {
                result.append((scalar, position(index)))
                index += 1
                continue
            }
            let next = scalars[index + 1]
            if next == "$" {
                result.append(("$", position(index)))
                index += 2
                continue
            }
            guard next == "(" || next == "{" else {
                // `$@`, `$<`, `$X`: left as a shell expansion.
                result.append((scalar, position(index)))
                index += 1
                continue
            }
            let close: Unicode.Scalar = next == "(" ? ")" : "}"
            var end = index + 2
            var nesting = 0
            while end < scalars.count {
                if scalars[end] == next { nesting += 1 }
                if scalars[end] == close {
                    if nesting == 0 { break }
                    nesting -= 1
                }
                end += 1
            }
            let name = String(String.UnicodeScalarView(scalars[(index + 2)..<min(end, scalars.count)]))
            let isName =
                !name.isEmpty
                && name.unicodeScalars.allSatisfy {
                    CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "." || $0 == "-"
                }
            let replacement: String
            if isName, let value = depth < 8 ? value(of: name, depth: depth) : nil {
                replacement = value
            } else {
                // Unknown to the Makefile (environment, function call): an expansion the shell cannot know either.
                let shellName = isName ? name.filter { $0.isLetter || $0.isNumber || $0 == "_" } : "MAKE_EXPANSION"
                replacement = "${\(shellName.isEmpty ? "MAKE_EXPANSION" : shellName)}"
            }
            for character in replacement.unicodeScalars { result.append((character, position(index))) }
            index = min(end, scalars.count - 1) + 1
        }
        return result
    }
}
