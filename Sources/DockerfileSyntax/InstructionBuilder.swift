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

    init(file: String, text: PositionedText, escape: Unicode.Scalar) {
        self.file = file
        self.text = text.embedded(file: file, fallbackEnd: SourcePosition(line: 1, column: 1))
        self.escape = escape
    }

    /// Reads the first word, upper-cased; nil when the line is blank.
    mutating func readKeyword() -> String? {
        skipBlanks()
        let start = cursor
        while cursor < text.scalars.count, !SourceLines.isBlank(text.scalars[cursor]) { cursor += 1 }
        guard cursor > start else { return nil }
        keyword = text.slice(start..<cursor).text.uppercased()
        keywordLocation = text.location(of: start..<cursor)
        return keyword
    }

    /// Reads leading `--name=value` words for the instructions that take flags.
    mutating func readFlags() {
        guard DockerfileParser.flagKeywords.contains(keyword) else { return }
        while true {
            skipBlanks()
            guard cursor + 1 < text.scalars.count, text.scalars[cursor] == "-", text.scalars[cursor + 1] == "-" else {
                return
            }
            let start = cursor
            while cursor < text.scalars.count, !SourceLines.isBlank(text.scalars[cursor]) { cursor += 1 }
            let word = text.slice((start + 2)..<cursor).text
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? String(parts[1]) : ""
            flags.append(
                InstructionFlag(
                    name: String(parts.first ?? ""), value: value, location: text.location(of: start..<cursor)))
        }
    }

    /// The arguments after keyword and flags, trimmed.
    var arguments: EmbeddedText { text.slice(cursor..<text.scalars.count).trimmingBlanks() }

    /// Heredoc openers (`<<EOF`, `<<-EOF`, `<<"EOF"`) at word starts outside quotes.
    func heredocMarkers() -> [HeredocMarker] {
        HeredocScanner.markers(in: Array(arguments.scalars))
    }

    func build(heredocs: [DockerfileHeredoc], location: SourceLocation) -> Instruction {
        let arguments = self.arguments
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
