import ShipshapeCore

/// Every document of a multi-document YAML file (`---` separated), each parsed on its own so a
/// malformed document is reported and the others are still read. Positions are the whole file's.
struct YAMLStream: Sendable {
    /// More documents than this in one file are not parsed (a rendered chart has tens or hundreds).
    static let maxDocuments = 10_000
    /// Nodes all documents together may expand to: a few alias bombs' worth, so one hostile
    /// document still leaves the others parsed, while thousands of them cannot run for minutes.
    static let maxTotalNodes = 4 * YAMLDocument.maxNodes

    let file: String
    /// Documents in file order; empty ones (only comments) are left out.
    let documents: [YAMLDocument]
    /// Problems of the stream itself (too many documents, node budget spent); each document has its own.
    let problems: [ParseProblem]

    init(
        file: String, text: String, maxDocuments: Int = YAMLStream.maxDocuments,
        maxNodes: Int = YAMLDocument.maxNodes, maxTotalNodes: Int = YAMLStream.maxTotalNodes
    ) {
        self.file = file
        let fileLines = SourceLines(text)
        let lines = Self.lines(of: text)
        var documents: [YAMLDocument] = []
        var problems: [ParseProblem] = []
        var budget = maxTotalNodes
        for range in Self.documentRanges(lines) {
            guard documents.count < maxDocuments else {
                problems.append(
                    ParseProblem(
                        location: SourceLocation(file: file, line: range.lowerBound + 1),
                        message: "more than \(maxDocuments) YAML documents; the rest are not parsed"))
                break
            }
            guard budget > 0 else {
                problems.append(
                    ParseProblem(
                        location: SourceLocation(file: file, line: range.lowerBound + 1),
                        message:
                            "YAML expands to over \(maxTotalNodes) nodes in all (alias bombs?); the rest is not parsed"
                    ))
                break
            }
            // A file that is one document is parsed as it is, its lines split once.
            let whole = range == 0..<lines.count
            let chunk = whole ? text : lines[range].joined(separator: "\n")
            let document = YAMLDocument(
                file: file, text: chunk, chunkLines: whole ? fileLines : SourceLines(chunk), fileLines: fileLines,
                lineOffset: range.lowerBound, maxNodes: min(maxNodes, budget))
            budget -= document.nodeCount
            documents.append(document)
        }
        self.documents = documents
        self.problems = problems
    }

    /// The lines of `text`, split like `SourceLines` (at `\n`, a `\r` before it dropped), found in its
    /// UTF-8 bytes: splitting Characters would run grapheme breaking over every byte of every file.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var previous: String.Index?
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "\n") {
                let end = previous.map { bytes[$0] == UInt8(ascii: "\r") ? $0 : index } ?? index
                lines.append(text[start..<max(start, end)])
                start = bytes.index(after: index)
            }
            previous = index
        }
        lines.append(text[start...])
        return lines
    }

    /// The 0-based line ranges of the documents: a `---` line starts one (and belongs to it), a
    /// `...` line ends one. Ranges holding only blank lines and comments are dropped; directives
    /// (`%YAML`) stay with the document after them.
    static func documentRanges(_ lines: [Substring]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var hasContent = false
        func close(at end: Int) {
            if hasContent, start < end { ranges.append(start..<end) }
            hasContent = false
        }
        for (index, line) in lines.enumerated() {
            if isMarker(line, "---") {
                // Directives before `---` stay in the same range; anything else ends the previous document.
                if hasContent {
                    close(at: index)
                    start = index
                } else if !containsDirective(lines[start..<index]) {
                    start = index
                }
                // `--- {a: 1}` and `--- |` carry content on the marker line.
                hasContent = !isBlankOrComment(line.dropFirst(3))
            } else if isMarker(line, "...") {
                close(at: index + 1)
                start = index + 1
            } else if !isBlankOrComment(line), !line.hasPrefix("%") {
                hasContent = true
            }
        }
        close(at: lines.count)
        return ranges
    }

    /// `---` or `...` at column 0, alone or followed by a space or tab.
    static func isMarker(_ line: Substring, _ marker: String) -> Bool {
        guard line.hasPrefix(marker) else { return false }
        let rest = line.dropFirst(marker.count)
        guard let next = rest.first else { return true }
        return next == " " || next == "\t" || next == "\r"
    }

    static func isBlankOrComment(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed == "\r" || trimmed.hasPrefix("#")
    }

    static func containsDirective(_ lines: ArraySlice<Substring>) -> Bool {
        lines.contains { $0.hasPrefix("%") }
    }
}
