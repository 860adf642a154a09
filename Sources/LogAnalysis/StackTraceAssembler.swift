/// Collects multi-line Python tracebacks and Java/Node stack traces into one block each.
///
/// Python: from `Traceback (most recent call last):` through indented frames, chained
/// tracebacks (`During handling of …`, `The above exception …`) and blank lines, to the
/// exception line (`ValueError: boom`); the last exception line names the group.
/// Java and Node: a plain line (`java.lang.IllegalStateException: boom`, `Error: connect
/// ECONNREFUSED`) followed by indented `at …` frames, `... 5 more`, `Caused by:`; the first line
/// names the group.
struct StackTraceAssembler {
    enum Style { case python, stack }

    struct Block {
        var style: Style
        var lines: [String] = []
        var title: String?
        var lineNumber: Int
        var timestamp: Double?
        var characters = 0

        mutating func append(_ line: String) {
            guard lines.count < 30, characters < 4000 else { return }
            lines.append(line)
            characters += line.utf8.count + 1
        }
    }

    private(set) var open: Block?

    static let pythonStart = "Traceback (most recent call last):"

    /// Whether the line continues the open block (and was taken into it).
    mutating func continues(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var block = open else { return false }
        let text = String(decoding: line.prefix(2000), as: UTF8.self)
        switch block.style {
        case .python:
            guard let accepted = Self.pythonContinues(text, hasTitle: block.title != nil) else { return false }
            if accepted.isTitle { block.title = text }
            if accepted.resetsTitle { block.title = nil }
        case .stack:
            guard Self.stackContinues(text) else { return false }
        }
        block.append(text)
        open = block
        return true
    }

    private static func pythonContinues(_ text: String, hasTitle: Bool) -> (isTitle: Bool, resetsTitle: Bool)? {
        if text.isEmpty || text.first == " " || text.first == "\t" { return (false, false) }
        if text.hasPrefix("During handling of the above exception") || text.hasPrefix("The above exception was")
            || text.hasPrefix(pythonStart)
        {
            return (false, true)
        }
        if hasTitle || text.first == "{" { return nil }
        return (true, false)
    }

    private static func stackContinues(_ text: String) -> Bool {
        if text.hasPrefix("Caused by: ") { return true }
        guard text.first == " " || text.first == "\t" else { return false }
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        return trimmed.hasPrefix("at ") || trimmed.hasPrefix("...") || trimmed.hasPrefix("Caused by: ")
            || trimmed.hasPrefix("Suppressed: ")
    }

    /// Whether the line starts a Python traceback (the block is then open).
    mutating func startsPython(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int, timestamp: Double?) -> Bool {
        guard line.count >= 34, line[0] == UInt8(ascii: "T") else { return false }
        let text = String(decoding: line.prefix(200), as: UTF8.self)
        guard text.hasPrefix(Self.pythonStart) else { return false }
        var block = Block(style: .python, lineNumber: lineNumber, timestamp: timestamp)
        block.append(text)
        open = block
        return true
    }

    /// Whether the line is a first `at …` frame under `previous`, a plain line naming an
    /// exception or error (the block then opens with both).
    mutating func startsStack(
        _ line: UnsafeBufferPointer<UInt8>, previous: String?, lineNumber: Int, timestamp: Double?
    ) -> Bool {
        guard let previous, let first = line.first, first == 0x20 || first == 0x09 else { return false }
        let text = String(decoding: line.prefix(2000), as: UTF8.self)
        guard text.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("at "),
            previous.contains("Exception") || previous.contains("Error") || previous.contains("Throwable")
        else { return false }
        var block = Block(style: .stack, title: previous, lineNumber: lineNumber - 1, timestamp: timestamp)
        block.append(previous)
        block.append(text)
        open = block
        return true
    }

    /// Ends the open block, if any, and returns it.
    mutating func close() -> Block? {
        defer { open = nil }
        return open
    }

    /// The line naming the exception in a trace carried inside one field (structlog's
    /// `exception`, pino's `err.stack`): the last exception line of a Python traceback, the
    /// first line of a Java/Node stack; nil for other text (a Go stack has no such line).
    static func title(ofEmbedded text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        if text.contains(pythonStart) {
            return lines.last { !($0.first == " " || $0.first == "\t") && !$0.hasPrefix(pythonStart) }
                .map(String.init)
        }
        if lines.count > 1, lines[1].drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("at ") {
            return lines.first.map(String.init)
        }
        return nil
    }
}
