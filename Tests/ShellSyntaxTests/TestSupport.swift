import ShellSyntax
import ShipshapeCore

/// Parses `text` as if it stood in `deploy.sh` from `line`:`column`.
func parse(_ text: String, line: Int = 1, column: Int = 1) -> ShellScript {
    ShellParser.parse(EmbeddedText(file: "deploy.sh", text: text, start: SourcePosition(line: line, column: column)))
}

/// The first command whose name is `name`.
func command(_ name: String, in script: ShellScript) -> SimpleCommand? {
    script.commands.first { $0.name == name }
}

/// The words of a command as plain values.
func values(_ command: SimpleCommand?) -> [String] {
    command?.words.map(\.value) ?? []
}

extension SourceLocation {
    /// `line:column` of the start, for compact expectations.
    var point: String { "\(start.line):\(start.column)" }
}
