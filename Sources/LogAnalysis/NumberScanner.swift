/// Reads decimal numbers from bytes without allocating (JSON numbers, status codes, durations).
enum NumberScanner {
    /// The number starting at `index` (JSON grammar, lenient about leading zeros); `index` moves
    /// past it. Nil, with `index` unchanged, when no digits are there.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Double? {
        var i = index
        let count = bytes.count
        var negative = false
        if i < count, bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        while i < count, bytes[i] &- 0x30 < 10 {
            if digits < 19 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
                digits += mantissa == 0 ? 0 : 1
            } else {
                exponent += 1
            }
            i += 1
        }
        let integerEnd = i
        guard integerEnd > index + (negative ? 1 : 0) else { return nil }
        if i < count, bytes[i] == UInt8(ascii: "."), i + 1 < count, bytes[i + 1] &- 0x30 < 10 {
            i += 1
            while i < count, bytes[i] &- 0x30 < 10 {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
                    digits += mantissa == 0 ? 0 : 1
                    exponent -= 1
                }
                i += 1
            }
        }
        if i < count, bytes[i] | 0x20 == UInt8(ascii: "e") {
            var j = i + 1
            var expNegative = false
            if j < count, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "+") {
                expNegative = bytes[j] == UInt8(ascii: "-")
                j += 1
            }
            var value = 0
            let start = j
            while j < count, bytes[j] &- 0x30 < 10 {
                value = min(value * 10 + Int(bytes[j] &- 0x30), 10_000)
                j += 1
            }
            if j > start {
                exponent += expNegative ? -value : value
                i = j
            }
        }
        index = i
        var result = Double(mantissa)
        if exponent != 0 { result = scale(result, exponent) }
        return negative ? -result : result
    }

    /// A whole slice that is one number (surrounding spaces allowed), or nil.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard let value = scan(bytes, &i) else { return nil }
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        return i == bytes.count ? value : nil
    }

    private static let powers: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    static func scale(_ value: Double, _ exponent: Int) -> Double {
        if exponent > 0 {
            return exponent <= 22 ? value * powers[exponent] : value * pow10(exponent)
        }
        return -exponent <= 22 ? value / powers[-exponent] : value / pow10(-exponent)
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(exponent, 400) { result *= 10 }
        return result
    }
}
