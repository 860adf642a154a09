import Foundation

/// Error lines, or exceptions, that share one normalised message.
public struct ErrorGroup: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// Lines logged at error level or worse.
        case error
        /// A Python traceback, a Java or Node stack trace (multi-line or in a JSON field).
        case exception
    }

    public var kind: Kind
    /// The normalised message (`user <n> not found`), secrets masked.
    public var key: String
    /// The worst level seen in the group.
    public var level: LogLevel
    public var count: Int
    /// When the first and last occurrences were logged, when the lines had timestamps (a
    /// multi-line trace takes the latest timestamp logged before it).
    public var firstSeen: Date?
    public var lastSeen: Date?
    /// 1-based line numbers of the first and last occurrences in the analysed input.
    public var firstLine: Int
    public var lastLine: Int
    /// The first occurrence as logged (a trace: its first 30 lines), secrets masked, at most 4000 characters.
    public var example: String
}
