import ShipshapeCore

/// Reads instructions one at a time: joins continuation lines, drops comments, collects heredoc bodies.
struct InstructionReader {
    let file: String
    let source: SourceLines
    private(set) var escape: Unicode.Scalar = "\\"
    private(set) var directives: [String: String] = [:]
    private(set) var diagnostics: [DockerfileDiagnostic] = []
    private var lineIndex = 0

    init(file: String, source: SourceLines) {
        self.file = file
        self.source = source
    }

    /// Reads `# syntax=` / `# escape=` lines at the top; the first other line ends them, as in BuildKit.
    mutating func readDirectives() {
        while lineIndex < source.lineCount {
            let line = String(String.UnicodeScalarView(source.trimmed(lineIndex: lineIndex)))
            guard line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { return }
            let key = line[line.index(after: line.startIndex)..<equals].trimmingBlanks().lowercased()
            guard !key.isEmpty, key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
                directives[key] == nil
            else { return }
            let value = line[line.index(after: equals)...].trimmingBlanks()
            directives[key] = value
            if key == "escape" {
                if value == "`" {
                    escape = "`"
                } else if value == "\\" {
                    escape = "\\"
                } else {
                    diagnose("invalid escape directive '\(value)' (must be ` or \\)", line: lineIndex)
                }
            }
            lineIndex += 1
        }
    }

    /// The next instruction, or nil at the end of the file.
    mutating func next() -> Instruction? {
        while lineIndex < source.lineCount,
            source.isBlank(lineIndex: lineIndex) || source.isComment(lineIndex: lineIndex)
        {
            lineIndex += 1
        }
        guard lineIndex < source.lineCount else { return nil }
        let firstLine = lineIndex
        var text = readLogicalLine()
        let lastLine = lineIndex - 1
        var builder = InstructionBuilder(
            file: file, text: text.finish(file: file, fallbackEnd: SourcePosition(line: firstLine + 1, column: 1)),
            escape: escape)
        // Only a trailing escape at the end of the file yields a blank logical line; keep reading regardless.
        guard let keyword = builder.readKeyword() else { return lineIndex < source.lineCount ? next() : nil }
        builder.readFlags()
        let markers =
            DockerfileParser.heredocKeywords.contains(keyword)
            ? HeredocScanner.markers(in: builder.arguments.scalars) : []
        var heredocs: [DockerfileHeredoc] = []
        for marker in markers { heredocs.append(readHeredocBody(marker)) }
        let endLine = max(lastLine, lineIndex - 1)
        let end = SourcePosition(line: endLine + 1, column: source.lineRanges[endLine].count + 1)
        let start = builder.keywordLocation?.start ?? SourcePosition(line: firstLine + 1, column: 1)
        if !DockerfileParser.knownKeywords.contains(keyword) {
            diagnose("unknown instruction '\(keyword)'", line: firstLine)
        }
        return builder.build(heredocs: heredocs, location: SourceLocation(file: file, start: start, end: end))
    }

    /// One instruction's lines joined: escape + newline removed, comment and blank lines inside dropped.
    private mutating func readLogicalLine() -> PositionedText {
        var text = PositionedText()
        while lineIndex < source.lineCount {
            let range = source.lineRanges[lineIndex]
            var last = range.upperBound
            while last > range.lowerBound, SourceLines.isBlank(source.scalars[last - 1]) { last -= 1 }
            let continues = last > range.lowerBound && source.scalars[last - 1] == escape
            let contentEnd = continues ? last - 1 : range.upperBound
            for offset in range.lowerBound..<contentEnd {
                text.append(source.scalars[offset], at: source.position(lineIndex: lineIndex, offset: offset))
            }
            lineIndex += 1
            guard continues else { break }
            // Docker drops comment lines and empty lines inside a continued instruction.
            while lineIndex < source.lineCount,
                source.isBlank(lineIndex: lineIndex) || source.isComment(lineIndex: lineIndex)
            {
                lineIndex += 1
            }
        }
        return text
    }

    /// Reads a heredoc body up to its delimiter line; an unterminated body runs to the end of the file.
    private mutating func readHeredocBody(_ marker: HeredocMarker) -> DockerfileHeredoc {
        var body = PositionedText()
        let startLine = lineIndex
        var terminated = false
        while lineIndex < source.lineCount {
            let range = source.lineRanges[lineIndex]
            var lower = range.lowerBound
            if marker.stripTabs {
                while lower < range.upperBound, source.scalars[lower] == "\t" { lower += 1 }
            }
            let content = source.scalars[lower..<range.upperBound]
            if String(String.UnicodeScalarView(content)).trimmingBlanks() == marker.delimiter {
                lineIndex += 1
                terminated = true
                break
            }
            for offset in lower..<range.upperBound {
                body.append(source.scalars[offset], at: source.position(lineIndex: lineIndex, offset: offset))
            }
            body.append("\n", at: source.position(lineIndex: lineIndex, offset: range.upperBound))
            lineIndex += 1
        }
        if !terminated {
            diagnose("unterminated heredoc '<<\(marker.delimiter)'", line: max(startLine - 1, 0))
        }
        let fallback = SourcePosition(line: startLine + 1, column: 1)
        return DockerfileHeredoc(
            delimiter: marker.delimiter, body: body.finish(file: file, fallbackEnd: fallback), quoted: marker.quoted)
    }

    private mutating func diagnose(_ message: String, line: Int) {
        diagnostics.append(DockerfileDiagnostic(message: message, location: SourceLocation(file: file, line: line + 1)))
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        let scalars = Array(unicodeScalars)
        var lower = 0
        var upper = scalars.count
        while lower < upper, SourceLines.isBlank(scalars[lower]) { lower += 1 }
        while upper > lower, SourceLines.isBlank(scalars[upper - 1]) { upper -= 1 }
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }
}
