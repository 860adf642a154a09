extension TextLineScanner {
    /// structlog's ConsoleRenderer: `2026-11-29T09:00:00Z [info     ] event_name   key=value`.
    func scanStructlogConsole(into facts: inout LineFacts) -> Bool {
        guard let open = find(UInt8(ascii: "["), from: 0, limit: 40), open == 0 || line[open - 1] == 0x20,
            let close = find(UInt8(ascii: "]"), from: open, limit: open + 14)
        else { return false }
        var wordEnd = open + 1
        while wordEnd < close, line[wordEnd] != 0x20 { wordEnd += 1 }
        guard let level = LogLevel(bytes: UnsafeBufferPointer(rebasing: line[(open + 1)..<wordEnd])) else {
            return false
        }
        facts.shape = .structlogConsole
        facts.level = level
        if open > 0, TimestampParser.parseISO(UnsafeBufferPointer(rebasing: line[0..<(open - 1)])) != nil {
            facts.timestampText = ByteRange(start: 0, end: open - 1)
        }
        let eventStart = skipSpaces(from: close + 1)
        var eventEnd = eventStart
        while eventEnd < line.count, !(line[eventEnd] == 0x20 && pairStarts(at: skipSpaces(from: eventEnd))) {
            eventEnd += 1
        }
        var trimmed = eventEnd
        while trimmed > eventStart, line[trimmed - 1] == 0x20 { trimmed -= 1 }
        facts.setMessage(ByteRange(start: eventStart, end: trimmed), depth: 0)
        scanPairs(from: eventEnd, into: &facts)
        return true
    }

    /// logfmt (logrus and slog text): `time="…" level=info msg="Started" port=8080`.
    func scanLogfmt(into facts: inout LineFacts) -> Bool {
        guard pairStarts(at: 0) else { return false }
        var probe = LineFacts()
        scanPairs(from: 0, into: &probe)
        guard probe.level != nil || !probe.message.isEmpty else { return false }
        facts = probe
        facts.shape = .logfmt
        return true
    }

    /// Whether `key=` starts at `index`.
    func pairStarts(at index: Int) -> Bool {
        var i = index
        while i < line.count, isKeyByte(line[i]) { i += 1 }
        return i > index && i < line.count && line[i] == UInt8(ascii: "=")
    }

    private func isKeyByte(_ byte: UInt8) -> Bool {
        byte | 0x20 &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
    }

    /// Reads `key=value` and `key="quoted value"` pairs into `facts`.
    func scanPairs(from start: Int, into facts: inout LineFacts) {
        forEachPair(from: start) { key, value in
            if let kind = fields.kind(of: key) { facts.assign(kind, value, depth: 0, in: line) }
        }
    }

    /// Calls `body` with each `key=value` / `key="quoted value"` pair from `start` on.
    func forEachPair(from start: Int, _ body: (UnsafeBufferPointer<UInt8>, ByteRange) -> Void) {
        var i = skipSpaces(from: start)
        while i < line.count {
            let keyStart = i
            while i < line.count, isKeyByte(line[i]) { i += 1 }
            guard i > keyStart, i < line.count, line[i] == UInt8(ascii: "=") else {
                while i < line.count, line[i] != 0x20 { i += 1 }
                i = skipSpaces(from: i)
                continue
            }
            let key = UnsafeBufferPointer(rebasing: line[keyStart..<i])
            i += 1
            var value = ByteRange(start: i, end: i)
            if i < line.count, line[i] == UInt8(ascii: "\"") {
                i += 1
                value.start = i
                while i < line.count, line[i] != UInt8(ascii: "\"") {
                    if line[i] == UInt8(ascii: "\\") {
                        value.escaped = true
                        i += 1
                    }
                    i += 1
                }
                value.end = min(i, line.count)
                i += 1
            } else {
                while i < line.count, line[i] != 0x20 { i += 1 }
                value.end = i
            }
            body(key, value)
            i = skipSpaces(from: i)
        }
    }

    /// A level word (ERROR, WARN, …, in capitals) among the first tokens: Python logging,
    /// logback, log4j. The message is what follows it.
    func scanLeveledText(into facts: inout LineFacts) -> Bool {
        var i = 0
        let limit = min(line.count, 96)
        while i < limit {
            while i < limit, !(line[i] &- 0x41 < 26) { i += 1 }
            let start = i
            while i < line.count, line[i] &- 0x41 < 26 { i += 1 }
            let boundary = i == line.count || !(line[i] | 0x20 &- 0x61 < 26)
            guard boundary, start == 0 || !(line[start - 1] | 0x20 &- 0x61 < 26), i - start >= 4,
                let level = LogLevel(bytes: UnsafeBufferPointer(rebasing: line[start..<i]))
            else { continue }
            facts.shape = .leveledText
            facts.level = level
            if line.count >= 19,
                TimestampParser.parseISO(UnsafeBufferPointer(rebasing: line[0..<min(line.count, 35)])) != nil
            {
                facts.timestampText = ByteRange(start: 0, end: min(line.count, 35))
            }
            var messageStart = i
            while messageStart < line.count,
                [0x20, 0x3A, 0x2D, 0x5D, 0x7C].contains(line[messageStart])
            {
                messageStart += 1
            }
            facts.setMessage(ByteRange(start: messageStart, end: line.count), depth: 0)
            return true
        }
        return false
    }
}
