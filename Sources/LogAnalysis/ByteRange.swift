/// A slice of the current line, by offsets: lets the hot path note where a value is without
/// allocating a `String` for it.
struct ByteRange {
    var start = 0
    var end = 0
    /// A JSON string holding backslash escapes (decoded only when the text is needed).
    var escaped = false

    static let none = ByteRange()

    var isEmpty: Bool { end <= start }
    var count: Int { end - start }

    func slice(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[start..<end])
    }

    /// The text, JSON escapes decoded when `escaped`; invalid UTF-8 repaired.
    func string(in line: UnsafeBufferPointer<UInt8>) -> String {
        let bytes = slice(line)
        return escaped ? JSONStringDecoder.decode(bytes) : String(decoding: bytes, as: UTF8.self)
    }
}
