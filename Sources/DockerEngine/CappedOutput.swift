/// Accumulates bytes up to a limit and remembers whether anything was dropped.
///
/// Probe output is diagnostic; an unbounded buffer would let a chatty process exhaust memory.
public struct CappedOutput: Sendable, Equatable {
    /// The most bytes kept.
    public let limit: Int
    /// The kept bytes (the first `limit` bytes seen).
    public private(set) var bytes: [UInt8] = []
    /// Every byte seen, kept or not.
    public private(set) var totalBytes = 0

    public init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// True when bytes beyond `limit` were dropped.
    public var truncated: Bool { totalBytes > bytes.count }

    /// The kept bytes as UTF-8, invalid sequences replaced.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends what fits and counts the rest.
    public mutating func append(_ more: some Collection<UInt8>) {
        totalBytes += more.count
        let room = limit - bytes.count
        guard room > 0 else { return }
        bytes.append(contentsOf: more.prefix(room))
    }
}
