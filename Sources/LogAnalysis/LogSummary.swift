import Foundation

/// What a container's log says: the result of a `LogAnalyzer`.
public struct LogSummary: Sendable, Codable, Equatable {
    /// Every line offered, including those skipped by the time window.
    public var lineCount = 0
    /// Lines of a recognised shape.
    public var parsedCount = 0
    /// Lines inside multi-line tracebacks and stack traces.
    public var stackTraceLineCount = 0
    /// Lines neither parsed nor part of a trace (including lines over the length limit).
    public var unparsedCount = 0
    /// Lines longer than the analyzer's limit, skipped unread (counted as unparsed too).
    public var oversizedLineCount = 0
    /// Lines logged before the window's start.
    public var skippedBeforeWindow = 0
    public var shapes: [LogShape: Int] = [:]
    public var levels: [LogLevel: Int] = [:]
    /// Groups by count, largest first (at most `LogAnalyzer.Options.maxReportedGroups`).
    public var errorGroups: [ErrorGroup] = []
    /// Groups beyond the tracking limit: their lines are in `levels` but in no group.
    public var untrackedErrorLines = 0
    public var http = HTTPSummary()
    public var firstTimestamp: Date?
    public var lastTimestamp: Date?
    /// The latest record of each tracked event (`LogAnalyzer.Options.trackedEvents`), masked.
    public var latestEvents: [String: LogRecord] = [:]

    public init() {}

    /// The latest record whose event/message is `name`, if it was tracked and seen.
    public func latestEvent(named name: String) -> LogRecord? {
        latestEvents[name]
    }
}

/// HTTP requests found in access-log lines and request-log fields.
public struct HTTPSummary: Sendable, Codable, Equatable {
    public var requestCount = 0
    /// Responses by status code.
    public var statuses: [Int: Int] = [:]
    /// Share of requests answered 5xx (0…1).
    public var serverErrorRate = 0.0
    /// Latency of the requests whose line also had a duration field (durations on lines without
    /// an HTTP status, such as slow-query warnings, are not requests); nil when none had.
    public var latency: LatencySummary?
    /// Paths (query string removed) answered 5xx, most failures first.
    public var topFailingPaths: [PathFailures] = []

    public init() {}
}

/// Latency percentiles in milliseconds (quantiles within ±0.4 %, see `LatencyHistogram`).
public struct LatencySummary: Sendable, Codable, Equatable {
    public var count: Int
    public var p50: Double
    public var p95: Double
    public var p99: Double
    public var min: Double
    public var max: Double
    public var mean: Double
}

/// One path's 5xx answers.
public struct PathFailures: Sendable, Codable, Equatable {
    public var method: String?
    public var path: String
    public var count: Int
}
