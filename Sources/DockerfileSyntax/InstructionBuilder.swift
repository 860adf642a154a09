import ShipshapeCore

/// A `<<EOF` found in an instruction's arguments.
struct HeredocMarker: Sendable {
    let delimiter: String
    let quoted: Bool
    let stripTabs: Bool
}

/// Splits one logical line into keyword, flags and arguments and decides the command form.
struct InstructionBuilder {
    let file: String
    let text: EmbeddedText
    let escape: Unicode.Scalar
    private var cursor = 0
    private(set) var keyword = ""
    private(set) var keywordLocation: SourceLocation?
    private var flags: [InstructionFlag] = []

    /// The arguments after keyword and flags, trimmed; set by `readFlags`.
    private(set) var arguments: EmbeddedText

    init(file: String, text: EmbeddedText, escape: Unicode.Scalar) {
        self.file = file
        self.text = text
        self.escape = escape
        self.arguments = text
    }

    /// Reads the first word, upper-cased; nil when the line is blank.
    mutating func readKeyword() -> String? {
        skipBlanks()
        let start = cursor
        while cursor < text.scalars.count, !SourceLines.isBlank(text.scalars[cursor]) { cursor += 1 }
        guard cursor > start else { return nil }
        keyword = ScalarString.make(text.scalars[start..<cursor]).uppercased()
        keywordLocation = text.location(of: start..<cursor)
        return keyword
    }

    /// Reads leading `--name=value` words for the instructions that take flags.
    mutating func readFlags() {
        defer { arguments = text.slice(cursor..<text.scalars.count).trimmingBlanks() }
        guard DockerfileParser.flagKeywords.contains(keyword) else { return }
        while true {
            skipBlanks()
            guard cursor + 1 < text.scalars.count, text.scalars[cursor] == "-", text.scalars[cursor + 1] == "-" else {
                return
            }
            let start = cursor
            while cursor < text.scalars.count, !SourceLines.isBlank(text.scalars[cursor]) { cursor += 1 }
            let word = ScalarString.make(text.scalars[(start + 2)..<cursor])
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? String(parts[1]) : ""
            flags.append(
                InstructionFlag(
                    name: String(parts.first ?? ""), value: value, location: text.location(of: start..<cursor)))
        }
    }

    func build(heredocs: [DockerfileHeredoc], location: SourceLocation) -> Instruction {
        var command: CommandForm?
        if DockerfileParser.commandKeywords.contains(keyword) {
            command = CommandFormParser.parse(arguments)
        } else if keyword == "HEALTHCHECK" {
            command = CommandFormParser.healthcheckCommand(arguments)
        }
        return Instruction(
            keyword: keyword, flags: flags, arguments: arguments, command: command, heredocs: heredocs,
            location: location, keywordLocation: keywordLocation ?? location)
    }

    private mutating func skipBlanks() {
        while cursor < text.scalars.count, SourceLines.isBlank(text.scalars[cursor]) { cursor += 1 }
    }
}
