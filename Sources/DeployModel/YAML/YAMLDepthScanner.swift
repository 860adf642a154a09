import ShipshapeCore

/// A cheap pre-scan that estimates how deeply a YAML text nests, before Yams (which composes
/// recursively) sees it: block indentation levels, compact `- - -` entries and flow brackets.
///
/// The estimate never undercounts real nesting, and only overcounts in odd cases (indentation
/// inside block scalars), which stay far below the limit in real files.
public struct YAMLDepthScanner {
    private let lines: SourceLines
    private var indentStack: [Int] = []
    private var flowDepth = 0
    /// Set while inside a block scalar: lines more indented than this belong to it.
    private var blockScalarIndent: Int?
    /// Open quote carried across lines inside flow collections.
    private var openQuote: Unicode.Scalar?

    /// The first position where nesting exceeds `limit`, or nil when it never does.
    public static func firstExcess(in lines: SourceLines, limit: Int) -> SourcePosition? {
        var scanner = YAMLDepthScanner(lines: lines)
        for number in 1...max(lines.lineCount, 1) {
            if let column = scanner.scan(line: number, limit: limit) {
                return SourcePosition(line: number, column: column)
            }
        }
        return nil
    }

    private init(lines: SourceLines) {
        self.lines = lines
    }

    /// Scans one line; returns the column where the limit is exceeded, if it is.
    private mutating func scan(line number: Int, limit: Int) -> Int? {
        guard number <= lines.lineCount else { return nil }
        let line = lines.line(number)
        let indent = lines.indentation(ofLine: number)
        if flowDepth > 0 {
            return scanFlow(line, from: 0, base: indentStack.count, limit: limit)
        }
        if let parent = blockScalarIndent {
            if lines.isBlank(line: number) || indent > parent { return nil }
            blockScalarIndent = nil
        }
        if lines.isBlank(line: number) || line[indent] == "#" { return nil }
        while let last = indentStack.last, last >= indent { indentStack.removeLast() }
        indentStack.append(indent)
        var index = indent
        var compact = 0
        // Compact nesting on one line: `- - key: value`, `? key`.
        while index < line.count, line[index] == "-" || line[index] == "?",
            index + 1 == line.count || line[index + 1] == " "
        {
            compact += 1
            index += 1
            while index < line.count, line[index] == " " { index += 1 }
        }
        let base = indentStack.count + compact
        if base > limit { return index + 1 }
        return scanValueStart(line, at: index, indent: indent, base: base, limit: limit)
    }

    /// Looks at where a value may start (line start or after `key: `) for a flow collection or block scalar.
    private mutating func scanValueStart(_ line: SourceLines.Line, at start: Int, indent: Int, base: Int, limit: Int)
        -> Int?
    {
        var starts = [start]
        if let colon = mappingColon(in: line, from: start) { starts.append(colon + 1) }
        for var index in starts {
            while index < line.count, line[index] == " " { index += 1 }
            // Skip node properties: `&anchor`, `!tag`.
            while index < line.count, line[index] == "&" || line[index] == "!" {
                while index < line.count, line[index] != " " { index += 1 }
                while index < line.count, line[index] == " " { index += 1 }
            }
            guard index < line.count else { continue }
            switch line[index] {
            case "[", "{":
                return scanFlow(line, from: index, base: base, limit: limit)
            case "|", ">":
                blockScalarIndent = indent
                return nil
            default:
                continue
            }
        }
        return nil
    }

    /// The index of the first `:` followed by a space or the line end, outside quotes.
    private func mappingColon(in line: SourceLines.Line, from start: Int) -> Int? {
        var quote: Unicode.Scalar?
        var index = start
        while index < line.count {
            let scalar = line[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "'" || scalar == "\"", index == start {
                quote = scalar
            } else if scalar == "#", index > start, line[index - 1] == " " {
                return nil
            } else if scalar == ":", index + 1 == line.count || line[index + 1] == " " {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Follows flow brackets, quotes and comments; returns a column if depth exceeds the limit.
    private mutating func scanFlow(_ line: SourceLines.Line, from start: Int, base: Int, limit: Int) -> Int? {
        var index = start
        while index < line.count {
            let scalar = line[index]
            if let quote = openQuote {
                if scalar == "\\", quote == "\"" {
                    index += 1
                } else if scalar == quote {
                    openQuote = nil
                }
            } else if scalar == "'" || scalar == "\"" {
                openQuote = scalar
            } else if scalar == "#", index == 0 || line[index - 1] == " " {
                return nil
            } else if scalar == "[" || scalar == "{" {
                flowDepth += 1
                if base + flowDepth > limit { return index + 1 }
            } else if scalar == "]" || scalar == "}" {
                flowDepth -= 1
                if flowDepth <= 0 {
                    flowDepth = 0
                    return nil
                }
            }
            index += 1
        }
        return nil
    }
}
