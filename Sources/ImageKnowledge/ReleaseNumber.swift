/// A release as a tag names it: the leading number and the number after the first dot (`3.6.1` → 3.6). Catalog
/// entries are bounded by ranges of these where a project changed its image within a major version (Loki dropped
/// busybox in 3.6); a whole major `11` is `11.0`.
public struct ReleaseNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let major: Int
    public let minor: Int

    public init(_ major: Int, _ minor: Int = 0) {
        self.major = major
        self.minor = minor
    }

    public static func < (lhs: ReleaseNumber, rhs: ReleaseNumber) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    /// The upper bound written for "and every later release".
    public static let openEnd = ReleaseNumber(BaseImageEntry.openEnd)

    /// `3.6`, or `11` for a whole major.
    public var description: String { minor == 0 ? "\(major)" : "\(major).\(minor)" }

    /// The last release before this bound, as messages write it: `3.5` before `3.6`, `10` before `11`.
    var previousText: String { minor == 0 ? "\(major - 1)" : "\(major).\(minor - 1)" }
}
