import Foundation
import ShipshapeCore

/// The shell commands of a `package.json`'s `scripts` (npm, yarn and pnpm run them with `sh -c` in the
/// package's directory), each placed where its value stands in the file.
public enum PackageScripts {
    /// The command of script `name` (`start` → `node dist/main.js`), nil when the file has none.
    public static func command(named name: String, in text: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let scripts = object["scripts"] as? [String: Any]
        else { return nil }
        return scripts[name] as? String
    }

    /// The script an argv runs through a package manager: `npm start`, `npm run build:prod`, `yarn start`,
    /// `pnpm run serve`; nil for anything else.
    public static func scriptName(runBy argv: [String]) -> String? {
        guard let manager = argv.first.map({ $0.split(separator: "/").last.map(String.init) ?? $0 }),
            ["npm", "yarn", "pnpm"].contains(manager)
        else { return nil }
        let words = argv.dropFirst().filter { !$0.hasPrefix("-") }
        guard let first = words.first else { return nil }
        if ["run", "run-script"].contains(first) { return words.dropFirst().first }
        if ["start", "test"].contains(first) { return first }
        // yarn and pnpm run a script named as their command, unless it is one of their own.
        let own: Set<String> = ["install", "add", "remove", "ci", "exec", "dlx", "x", "up", "upgrade", "link"]
        return manager == "npm" || own.contains(first) ? nil : first
    }

    /// The scripts in file order; empty when the file is not a JSON object with string `scripts`.
    static func scripts(path: String, text: String) -> [EmbeddedText] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let scripts = object["scripts"] as? [String: Any]
        else { return [] }
        let scalars = Array(text.unicodeScalars)
        let section = offset(of: "\"scripts\"", in: scalars, from: 0) ?? 0
        var placed: [(Int, EmbeddedText)] = []
        for (name, value) in scripts {
            guard let command = value as? String, !command.isEmpty else { continue }
            let key = offset(of: "\"" + escaped(name) + "\"", in: scalars, from: section) ?? section
            let valueStart =
                offset(of: "\"", in: scalars, from: key + name.unicodeScalars.count + 2).map { $0 + 1 } ?? key
            placed.append(
                (valueStart, EmbeddedText(file: path, text: command, start: position(of: valueStart, in: scalars))))
        }
        return placed.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// A key as JSON writes it (quotes and backslashes escaped).
    static func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    static func offset(of needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, scalars.count >= pattern.count, start <= scalars.count - pattern.count else {
            return nil
        }
        var index = max(start, 0)
        while index <= scalars.count - pattern.count {
            if scalars[index] == pattern[0], Array(scalars[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    static func position(of offset: Int, in scalars: [Unicode.Scalar]) -> SourcePosition {
        var line = 1
        var column = 1
        for scalar in scalars.prefix(offset) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
