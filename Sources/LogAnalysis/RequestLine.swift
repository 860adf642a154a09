/// Reads `METHOD /path HTTP/1.1` and HTTP paths, by byte offsets.
enum RequestLine {
    /// Method and path (query string removed) of a request line starting at `start` and
    /// ending before `end`; nil when the bytes are not one.
    static func parse(_ line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (
        method: ByteRange, path: ByteRange
    )? {
        var i = start
        while i < end, line[i] &- 0x41 < 26 { i += 1 }
        let methodEnd = i
        guard methodEnd - start >= 3, methodEnd - start <= 7, i < end, line[i] == 0x20 else { return nil }
        i += 1
        let pathStart = i
        while i < end, line[i] != 0x20 { i += 1 }
        guard i > pathStart else { return nil }
        return (ByteRange(start: start, end: methodEnd), path(line, from: pathStart, to: i))
    }

    /// The path of a path-or-URL value: scheme and host dropped, query and fragment cut.
    static func path(_ line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> ByteRange {
        var begin = start
        if end - start > 8, line[start] | 0x20 == UInt8(ascii: "h"), line[start + 1] | 0x20 == UInt8(ascii: "t") {
            var i = start
            while i + 2 < end, !(line[i] == UInt8(ascii: ":") && line[i + 1] == 0x2F && line[i + 2] == 0x2F) {
                i += 1
            }
            if i + 2 < end {
                i += 3
                while i < end, line[i] != 0x2F { i += 1 }
                begin = i
            }
        }
        var stop = begin
        while stop < end, line[stop] != UInt8(ascii: "?"), line[stop] != UInt8(ascii: "#") { stop += 1 }
        return ByteRange(start: begin, end: stop)
    }

    /// A three-digit HTTP status starting at `index`, or 0.
    static func status(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index + 3 <= line.count else { return 0 }
        let a = line[index] &- 0x30
        let b = line[index + 1] &- 0x30
        let c = line[index + 2] &- 0x30
        guard a >= 1, a <= 5, b < 10, c < 10 else { return 0 }
        if index + 3 < line.count, line[index + 3] &- 0x30 < 10 { return 0 }
        return Int(a) * 100 + Int(b) * 10 + Int(c)
    }
}
