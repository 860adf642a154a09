/// Recognises the text shapes: uvicorn, gunicorn, access logs, structlog's console renderer,
/// logfmt and lines with a level word near their start.
struct TextLineScanner {
    let line: UnsafeBufferPointer<UInt8>
    let fields: FieldTable

    init(_ line: UnsafeBufferPointer<UInt8>, fields: FieldTable) {
        self.line = line
        self.fields = fields
    }

    /// Fills `facts`; false when the line has no recognised shape.
    func scan(into facts: inout LineFacts) -> Bool {
        guard let first = line.first else { return false }
        if first &- 0x41 < 26, scanUvicorn(into: &facts) { return true }
        if first == UInt8(ascii: "["), scanGunicorn(into: &facts) { return true }
        if scanAccessLog(into: &facts) { return true }
        if scanStructlogConsole(into: &facts) { return true }
        if scanLogfmt(into: &facts) { return true }
        return scanLeveledText(into: &facts)
    }

    func find(_ byte: UInt8, from start: Int, limit: Int = Int.max) -> Int? {
        var i = start
        let end = min(line.count, limit)
        while i < end {
            if line[i] == byte { return i }
            i += 1
        }
        return nil
    }

    func skipSpaces(from start: Int) -> Int {
        var i = start
        while i < line.count, line[i] == 0x20 { i += 1 }
        return i
    }

    /// `INFO:     127.0.0.1:1234 - "GET /x HTTP/1.1" 200 OK`, or `ERROR:    message` (level in capitals).
    func scanUvicorn(into facts: inout LineFacts) -> Bool {
        guard let colon = find(UInt8(ascii: ":"), from: 0, limit: 10), colon + 1 < line.count,
            line[colon + 1] == 0x20, line[0..<colon].allSatisfy({ $0 &- 0x41 < 26 }),
            let level = LogLevel(bytes: UnsafeBufferPointer(rebasing: line[0..<colon]))
        else { return false }
        let start = skipSpaces(from: colon + 1)
        facts.shape = .uvicorn
        facts.level = level
        facts.setMessage(ByteRange(start: start, end: line.count), depth: 0)
        scanRequest(after: start, into: &facts)
        return true
    }

    /// `"GET /x HTTP/1.1" 200` somewhere after `start`: method, path and status.
    @discardableResult
    func scanRequest(after start: Int, into facts: inout LineFacts) -> Bool {
        guard let open = find(UInt8(ascii: "\""), from: start, limit: start + 300),
            let close = find(UInt8(ascii: "\""), from: open + 1),
            let request = RequestLine.parse(line, from: open + 1, to: close)
        else { return false }
        let statusStart = skipSpaces(from: close + 1)
        let status = RequestLine.status(line, at: statusStart)
        guard status > 0 else { return false }
        facts.method = request.method
        facts.path = request.path
        facts.status = status
        return true
    }

    /// `[2026-11-29 09:00:00 +0000] [7] [INFO] Booting worker with pid: 7`.
    func scanGunicorn(into facts: inout LineFacts) -> Bool {
        guard let close = find(UInt8(ascii: "]"), from: 1, limit: 40), close > 20,
            TimestampParser.parseISO(UnsafeBufferPointer(rebasing: line[1..<close])) != nil
        else { return false }
        var i = close + 1
        var level: LogLevel?
        for _ in 0..<2 {
            i = skipSpaces(from: i)
            guard i < line.count, line[i] == UInt8(ascii: "["),
                let end = find(UInt8(ascii: "]"), from: i, limit: i + 24)
            else { break }
            level = level ?? LogLevel(bytes: UnsafeBufferPointer(rebasing: line[(i + 1)..<end]))
            i = end + 1
        }
        guard let level else { return false }
        facts.shape = .gunicorn
        facts.level = level
        facts.timestampText = ByteRange(start: 1, end: close)
        facts.setMessage(ByteRange(start: skipSpaces(from: i), end: line.count), depth: 0)
        return true
    }

    /// Common and Combined Log Format: `host ident user [10/Oct/2026:13:55:36 -0700] "GET / HTTP/1.1" 200 2326 …`.
    func scanAccessLog(into facts: inout LineFacts) -> Bool {
        guard let open = find(UInt8(ascii: "["), from: 1, limit: 160), open + 28 < line.count,
            line[open - 1] == 0x20, line[open + 3] == 0x2F,
            let close = find(UInt8(ascii: "]"), from: open, limit: open + 40),
            close + 2 < line.count, line[close + 1] == 0x20, line[close + 2] == UInt8(ascii: "\""),
            scanRequest(after: close + 1, into: &facts)
        else { return false }
        facts.shape = .accessLog
        facts.timestampText = ByteRange(start: open + 1, end: close)
        return true
    }
}
