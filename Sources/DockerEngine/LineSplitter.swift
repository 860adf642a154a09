/// Cuts a byte stream into newline-terminated lines across arbitrary chunk boundaries.
///
/// Used for the events stream (one JSON object per line) and for log text.
struct LineSplitter: Sendable {
    private var pending: [UInt8] = []
    /// A line longer than this is cut, so a peer that never sends `\n` cannot grow memory forever.
    let maxLineBytes: Int

    init(maxLineBytes: Int = 1 << 20) {
        self.maxLineBytes = maxLineBytes
    }

    /// Returns the complete lines in `chunk` (without the `\n`, and without a trailing `\r`).
    mutating func feed(_ chunk: some Collection<UInt8>) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        for byte in chunk {
            if byte == UInt8(ascii: "\n") {
                lines.append(Self.trimCR(pending))
                pending.removeAll(keepingCapacity: true)
            } else {
                pending.append(byte)
                if pending.count >= maxLineBytes {
                    lines.append(pending)
                    pending.removeAll(keepingCapacity: true)
                }
            }
        }
        return lines
    }

    /// Returns the unterminated rest, if any.
    mutating func finish() -> [UInt8]? {
        defer { pending.removeAll() }
        return pending.isEmpty ? nil : Self.trimCR(pending)
    }

    private static func trimCR(_ line: [UInt8]) -> [UInt8] {
        line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line
    }
}
