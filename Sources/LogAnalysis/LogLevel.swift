/// A log level normalised across libraries.
///
/// Strings are matched case-insensitively (`warn`/`warning`, `err`/`error`, `crit`/`critical`,
/// `fatal`/`panic`/`dpanic`/`emerg`/`alert` → critical, `exception` → error). Numbers follow
/// pino (10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal): a numeric `level` field is
/// pino's convention; Python's numeric `levelno` is not read.
public enum LogLevel: String, Sendable, Codable, CaseIterable, Comparable, CodingKeyRepresentable {
    case trace, debug, info, warning, error, critical

    /// Error or worse: these lines form error groups.
    public var isError: Bool { self >= .error }

    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rank < rhs.rank }

    /// The level named by `text` (any case), nil when it names none.
    public init?(text: String) {
        var copy = text
        guard let level = copy.withUTF8({ LogLevel(bytes: $0) }) else { return nil }
        self = level
    }

    /// pino's numeric levels; in-between values round down to the level below.
    init?(pino value: Double) {
        switch value {
        case ..<10: return nil
        case ..<20: self = .trace
        case ..<30: self = .debug
        case ..<40: self = .info
        case ..<50: self = .warning
        case ..<60: self = .error
        default: self = .critical
        }
    }

    /// Matches ASCII bytes without allocating (the analyzer's hot path).
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 3, bytes.count <= 11 else { return nil }
        var word: UInt64 = 0
        for byte in bytes {
            let lower = byte | 0x20
            guard lower >= 0x61, lower <= 0x7A else { return nil }
            word = word &<< 5 | UInt64(lower - 0x60)
        }
        guard let level = Self.table[word] else { return nil }
        self = level
    }

    /// Level names packed 5 bits a letter, so a lookup costs one hash of an integer.
    private static let table: [UInt64: LogLevel] = {
        let names: [(String, LogLevel)] = [
            ("trace", .trace), ("debug", .debug), ("info", .info), ("information", .info), ("notice", .info),
            ("warn", .warning), ("warning", .warning), ("err", .error), ("error", .error), ("exception", .error),
            ("crit", .critical), ("critical", .critical), ("fatal", .critical), ("panic", .critical),
            ("dpanic", .critical), ("emerg", .critical), ("emergency", .critical), ("alert", .critical),
        ]
        var table: [UInt64: LogLevel] = [:]
        for (name, level) in names {
            table[name.utf8.reduce(UInt64(0)) { $0 &<< 5 | UInt64($1 - 0x60) }] = level
        }
        return table
    }()
}
