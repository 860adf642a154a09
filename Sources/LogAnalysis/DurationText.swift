/// Reads a duration written as text: `"12.5ms"`, `"1.2s"`, `"350µs"`, `"1m3.5s"` (Go), or a bare
/// number (`"0.042"`, gunicorn's `%(L)s`) in the field's own unit.
enum DurationText {
    /// Milliseconds, or nil when the text is not a duration.
    static func milliseconds(_ bytes: UnsafeBufferPointer<UInt8>, bareUnit: Double) -> Double? {
        var i = 0
        var total = 0.0
        var parts = 0
        while i < bytes.count {
            guard let value = NumberScanner.scan(bytes, &i) else { return nil }
            let unitStart = i
            while i < bytes.count, !(bytes[i] &- 0x30 < 10), bytes[i] != UInt8(ascii: ".") { i += 1 }
            guard let unit = unit(UnsafeBufferPointer(rebasing: bytes[unitStart..<i])) else { return nil }
            if unit == 0 {
                guard parts == 0, i == bytes.count else { return nil }
                return value * bareUnit
            }
            total += value * unit
            parts += 1
        }
        return parts > 0 ? total : nil
    }

    /// Milliseconds per unit; 0 for no unit at all.
    private static func unit(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        switch Array(bytes) {
        case []: 0
        case [0x6E, 0x73]: 0.000_001  // ns
        case [0x75, 0x73], [0xC2, 0xB5, 0x73], [0xCE, 0xBC, 0x73]: 0.001  // us, µs (micro sign), μs (mu)
        case [0x6D, 0x73]: 1  // ms
        case [0x73]: 1000  // s
        case [0x6D]: 60_000  // m
        case [0x68]: 3_600_000  // h
        default: nil
        }
    }
}
