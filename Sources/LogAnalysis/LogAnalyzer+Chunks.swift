import Foundation

extension LogAnalyzer {
    /// Reads a chunk of a byte stream, splitting it into lines; a line may span chunks.
    public mutating func consume(chunk: UnsafeRawBufferPointer) {
        let bytes = chunk.bindMemory(to: UInt8.self)
        var start = 0
        while start < bytes.count {
            guard let newline = Self.newline(in: bytes, from: start) else {
                keep(UnsafeBufferPointer(rebasing: bytes[start...]))
                return
            }
            let piece = UnsafeBufferPointer(rebasing: bytes[start..<newline])
            if carry.isEmpty, !discardingOversized {
                consume(bytes: piece)
            } else {
                keep(piece)
                endCarriedLine()
            }
            start = newline + 1
        }
    }

    /// Ends the stream: reads a last line without newline, closes an open trace, and returns
    /// the summary.
    public mutating func finish() -> LogSummary {
        if !carry.isEmpty || discardingOversized { endCarriedLine() }
        closeStack()
        return currentSummary()
    }

    private mutating func keep(_ piece: UnsafeBufferPointer<UInt8>) {
        guard !discardingOversized else { return }
        if carry.count + piece.count > options.maxLineBytes {
            discardingOversized = true
            carry = []
        } else {
            carry.append(contentsOf: piece)
        }
    }

    private mutating func endCarriedLine() {
        if discardingOversized {
            lineNumber += 1
            summary.lineCount += 1
            summary.oversizedLineCount += 1
            summary.unparsedCount += 1
            closeStack()
            previousPlain = nil
            discardingOversized = false
        } else {
            let line = carry
            carry = []
            line.withUnsafeBufferPointer { consume(bytes: $0) }
        }
    }

    private static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
            let found = memchr(base + start, 0x0A, bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
