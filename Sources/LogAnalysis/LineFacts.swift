/// What one line says, filled by the scanners without allocating.
struct LineFacts {
    var shape: LogShape?
    var level: LogLevel?
    var message = ByteRange.none
    /// Nesting depth the message came from: a top-level `msg` beats `err.message`.
    var messageDepth = Int.max
    var method = ByteRange.none
    var path = ByteRange.none
    var timestampText = ByteRange.none
    /// Epoch seconds from a numeric timestamp field.
    var timestampNumber: Double?
    var status = 0
    var durationMs: Double?
    /// A traceback or stack trace carried in a field (`exception`, `stack`, `exc_info`).
    var exception = ByteRange.none

    /// Epoch seconds from whichever timestamp the line had.
    func timestamp(in line: UnsafeBufferPointer<UInt8>) -> Double? {
        if let timestampNumber { return timestampNumber }
        guard !timestampText.isEmpty else { return nil }
        return TimestampParser.parse(timestampText.slice(line))
    }

    /// Sets the message unless one from a shallower level is already there.
    mutating func setMessage(_ range: ByteRange, depth: Int) {
        guard depth < messageDepth, !range.isEmpty else { return }
        message = range
        messageDepth = depth
    }
}
