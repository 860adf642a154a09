import Foundation

/// Parses timestamps as logged into Unix seconds, without Foundation's date formatters.
///
/// Accepts ISO 8601 / RFC 3339 with `T` or a space, `.` or `,` fractions and `Z`, `±HH:MM`,
/// `±HHMM` or ` +0000` offsets (no offset means UTC), and the access-log form
/// `10/Oct/2026:13:55:36 -0700`.
enum TimestampParser {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if bytes.count >= 20, bytes[2] == 0x2F { return parseAccessLog(bytes) }
        return parseISO(bytes)
    }

    /// Seconds from a number: epoch seconds, or milliseconds/micro/nanoseconds when too large
    /// to be seconds (pino's `time` is milliseconds, zap's `ts` seconds).
    static func epochSeconds(_ value: Double) -> Double {
        switch abs(value) {
        case 1e17...: value / 1e9
        case 1e14...: value / 1e6
        case 1e11...: value / 1e3
        default: value
        }
    }

    static func parseISO(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard b.count >= 19, b[4] == 0x2D, b[7] == 0x2D, b[13] == 0x3A, b[16] == 0x3A,
            b[10] == UInt8(ascii: "T") || b[10] == 0x20 || b[10] == UInt8(ascii: "t"),
            let year = digits(b, 0, 4), let month = digits(b, 5, 2), let day = digits(b, 8, 2),
            let hour = digits(b, 11, 2), let minute = digits(b, 14, 2), let second = digits(b, 17, 2)
        else { return nil }
        var seconds = civil(year, month, day, hour, minute, second)
        var i = 19
        if i < b.count, b[i] == 0x2E || b[i] == 0x2C {
            i += 1
            var scale = 0.1
            while i < b.count, b[i] &- 0x30 < 10 {
                seconds += Double(b[i] &- 0x30) * scale
                scale /= 10
                i += 1
            }
        }
        if i < b.count, b[i] == 0x20 { i += 1 }
        return seconds - offset(b, from: i)
    }

    static func parseAccessLog(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard b.count >= 20, b[2] == 0x2F, b[6] == 0x2F, b[11] == 0x3A, let day = digits(b, 0, 2),
            let month = month(b[3], b[4], b[5]), let year = digits(b, 7, 4), let hour = digits(b, 12, 2),
            let minute = digits(b, 15, 2), let second = digits(b, 18, 2)
        else { return nil }
        var i = 20
        if i < b.count, b[i] == 0x20 { i += 1 }
        return civil(year, month, day, hour, minute, second) - offset(b, from: i)
    }

    /// Seconds east of UTC from `Z`, `±HH:MM` or `±HHMM` at `index`; 0 when absent.
    private static func offset(_ b: UnsafeBufferPointer<UInt8>, from index: Int) -> Double {
        guard index < b.count, b[index] == 0x2B || b[index] == 0x2D, let hours = digits(b, index + 1, 2) else {
            return 0
        }
        var minuteIndex = index + 3
        if minuteIndex < b.count, b[minuteIndex] == 0x3A { minuteIndex += 1 }
        let minutes = digits(b, minuteIndex, 2) ?? 0
        let sign = b[index] == 0x2D ? -1.0 : 1.0
        return sign * Double(hours * 3600 + minutes * 60)
    }

    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= b.count else { return nil }
        var value = 0
        for i in start..<(start + count) {
            let digit = b[i] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private static func month(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int? {
        let key = [a | 0x20, b | 0x20, c | 0x20]
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return names.firstIndex { Array($0.utf8) == key }.map { $0 + 1 }
    }

    /// Unix seconds of a UTC civil time (Howard Hinnant's days-from-civil).
    private static func civil(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int)
        -> Double
    {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Double(days * 86400 + hour * 3600 + minute * 60 + second)
    }
}

extension LogRecord {
    /// Parses a timestamp as logs and dockerd write them (RFC 3339 with nanoseconds, ISO 8601
    /// with a space, `10/Oct/2026:13:55:36 -0700`, epoch seconds or milliseconds): for passing
    /// `LogEntry.timestamp` to `LogAnalyzer.consume(line:timestamp:)`.
    public static func timestamp(from text: String) -> Date? {
        var copy = text
        let seconds = copy.withUTF8 { bytes -> Double? in
            if let number = NumberScanner.parse(bytes) { return TimestampParser.epochSeconds(number) }
            return TimestampParser.parse(bytes)
        }
        return seconds.map { Date(timeIntervalSince1970: $0) }
    }
}
