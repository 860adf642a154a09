/// Scans one JSON object line for the fields the analyzer reads, without building values.
///
/// Members of known containers (`req`, `res`, `err`, …) are read up to two levels down; every
/// other nested value is skipped iteratively, so deep nesting costs no stack. Anything that is
/// not one well-formed object (bar leniency about string contents) makes the line unparsed.
struct JSONLineScanner {
    let line: UnsafeBufferPointer<UInt8>
    let fields: FieldTable
    var index = 0

    init(_ line: UnsafeBufferPointer<UInt8>, fields: FieldTable) {
        self.line = line
        self.fields = fields
    }

    /// Fills `facts` from the line; false when the line is not a JSON object.
    mutating func scan(into facts: inout LineFacts) -> Bool {
        skipSpace()
        guard index < line.count, line[index] == UInt8(ascii: "{"), scanObject(depth: 0, into: &facts) else {
            return false
        }
        skipSpace()
        return index == line.count
    }

    private mutating func skipSpace() {
        while index < line.count, line[index] == 0x20 || line[index] == 0x09 || line[index] == 0x0D {
            index += 1
        }
    }

    private mutating func scanObject(depth: Int, into facts: inout LineFacts) -> Bool {
        index += 1
        skipSpace()
        if index < line.count, line[index] == UInt8(ascii: "}") {
            index += 1
            return true
        }
        while index < line.count, line[index] == UInt8(ascii: "\"") {
            let keyStart = index + 1
            guard skipString() != nil else { return false }
            let key = UnsafeBufferPointer(rebasing: line[keyStart..<(index - 1)])
            skipSpace()
            guard index < line.count, line[index] == UInt8(ascii: ":") else { return false }
            index += 1
            skipSpace()
            guard scanValue(fields.kind(of: key), depth: depth, into: &facts) else { return false }
            skipSpace()
            guard index < line.count else { return false }
            if line[index] == UInt8(ascii: ",") {
                index += 1
                skipSpace()
            } else if line[index] == UInt8(ascii: "}") {
                index += 1
                return true
            } else {
                return false
            }
        }
        return false
    }

    private mutating func scanValue(_ kind: FieldKind?, depth: Int, into facts: inout LineFacts) -> Bool {
        guard index < line.count else { return false }
        switch line[index] {
        case UInt8(ascii: "\""):
            let start = index + 1
            guard let escaped = skipString() else { return false }
            if let kind {
                facts.assign(kind, ByteRange(start: start, end: index - 1, escaped: escaped), depth: depth, in: line)
            }
            return true
        case UInt8(ascii: "{"):
            if kind != nil, depth < 2 { return scanObject(depth: depth + 1, into: &facts) }
            return skipComposite()
        case UInt8(ascii: "["):
            return skipComposite()
        case UInt8(ascii: "t"): return skipLiteral("true")
        case UInt8(ascii: "f"): return skipLiteral("false")
        case UInt8(ascii: "n"): return skipLiteral("null")
        default:
            guard let number = NumberScanner.scan(line, &index) else { return false }
            if let kind { facts.assign(kind, number: number) }
            return true
        }
    }

    /// Moves past a string starting at the quote under `index`; whether it held escapes, nil if
    /// it never ends.
    private mutating func skipString() -> Bool? {
        var i = index + 1
        var escaped = false
        let count = line.count
        while i < count {
            let byte = line[i]
            if byte == UInt8(ascii: "\"") {
                index = i + 1
                return escaped
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                i += 2
            } else {
                i += 1
            }
        }
        return nil
    }

    private mutating func skipLiteral(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= line.count else { return false }
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: length)
        for offset in 0..<length where line[index + offset] != bytes[offset] { return false }
        index += length
        return true
    }

    /// Skips an array or object, tracking depth in a counter rather than by recursion.
    private mutating func skipComposite() -> Bool {
        var depth = 0
        while index < line.count {
            switch line[index] {
            case UInt8(ascii: "\""):
                guard skipString() != nil else { return false }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    index += 1
                    return true
                }
            default: break
            }
            index += 1
        }
        return false
    }
}
