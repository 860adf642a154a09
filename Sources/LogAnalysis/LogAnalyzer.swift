import Foundation

/// Reads log lines one at a time, in bounded memory, into a `LogSummary`.
///
/// Memory stays bounded whatever the input: latencies go into a fixed-size histogram (quantiles
/// within ±0.4 %), error groups and failing paths stop growing at their limits, a line longer
/// than `maxLineBytes` is counted and skipped, and only the first lines of a trace are kept.
///
/// ```swift
/// var analyzer = LogAnalyzer(options: .init(since: start, trackedEvents: ["rate_limiting_configured"]))
/// for entry in entries { analyzer.consume(line: entry.text) }
/// let summary = analyzer.finish()
/// summary.latestEvent(named: "rate_limiting_configured")?.fields["storage"]
/// ```
public struct LogAnalyzer: Sendable {
    /// What to read and the limits that bound memory.
    public struct Options: Sendable {
        /// Lines with a timestamp before this are skipped; lines without one are always read.
        public var since: Date?
        /// Events (structlog `event`, `msg`) whose latest record the summary keeps with all fields.
        public var trackedEvents: Set<String>
        public var fieldNames: LogFieldNames
        public var maxLineBytes: Int
        public var maxTrackedGroups: Int
        public var maxReportedGroups: Int
        public var maxTrackedPaths: Int
        public var maxReportedPaths: Int

        public init(
            since: Date? = nil, trackedEvents: Set<String> = [], fieldNames: LogFieldNames = LogFieldNames(),
            maxLineBytes: Int = 1 << 20, maxTrackedGroups: Int = 1000, maxReportedGroups: Int = 50,
            maxTrackedPaths: Int = 1000, maxReportedPaths: Int = 10
        ) {
            self.since = since
            self.trackedEvents = trackedEvents
            self.fieldNames = fieldNames
            self.maxLineBytes = maxLineBytes
            self.maxTrackedGroups = maxTrackedGroups
            self.maxReportedGroups = maxReportedGroups
            self.maxTrackedPaths = maxTrackedPaths
            self.maxReportedPaths = maxReportedPaths
        }
    }

    let options: Options
    let fields: FieldTable
    let since: Double?
    let trackedEvents: [[UInt8]]
    var summary = LogSummary()
    var statusCounts = [Int](repeating: 0, count: 600)
    var levelCounts = [Int](repeating: 0, count: LogLevel.allCases.count)
    var shapeCounts = [Int](repeating: 0, count: LogShape.allCases.count)
    var histogram = LatencyHistogram()
    var groups: [String: ErrorGroup] = [:]
    var failingPaths: [String: PathFailures] = [:]
    var untrackedPathFailures = 0
    var stacks = StackTraceAssembler()
    var previousPlain: String?
    var lastTimestamp: Double?
    var firstTimestamp: Double?
    var latestEvents: [String: LogRecord] = [:]
    var lineNumber = 0
    var carry: [UInt8] = []
    var discardingOversized = false

    public init(options: Options = Options()) {
        self.options = options
        fields = options.fieldNames.table
        since = options.since?.timeIntervalSince1970
        trackedEvents = options.trackedEvents.map { Array($0.utf8) }
    }

    /// Reads one line (without its newline). `timestamp` (dockerd's, when logs were fetched
    /// with timestamps) takes precedence over one found in the line.
    public mutating func consume(line: String, timestamp: Date? = nil) {
        var text = line
        let seconds = timestamp?.timeIntervalSince1970
        text.withUTF8 { consume(bytes: $0, timestamp: seconds) }
    }

    /// Reads one line given as UTF-8 bytes (invalid sequences are tolerated).
    public mutating func consume(bytes: UnsafeBufferPointer<UInt8>, timestamp: Double? = nil) {
        lineNumber += 1
        summary.lineCount += 1
        var line = bytes
        if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        guard line.count <= options.maxLineBytes else {
            summary.oversizedLineCount += 1
            summary.unparsedCount += 1
            closeStack()
            previousPlain = nil
            return
        }
        if stacks.open != nil {
            if stacks.continues(line) {
                summary.stackTraceLineCount += 1
                return
            }
            closeStack()
        }
        if stacks.startsPython(line, lineNumber: lineNumber, timestamp: timestamp ?? lastTimestamp) {
            summary.stackTraceLineCount += 1
            previousPlain = nil
            return
        }
        if stacks.startsStack(line, previous: previousPlain, lineNumber: lineNumber, timestamp: lastTimestamp) {
            summary.stackTraceLineCount += 2
            summary.unparsedCount -= 1
            previousPlain = nil
            return
        }
        analyze(line, timestamp: timestamp)
    }

    private mutating func analyze(_ line: UnsafeBufferPointer<UInt8>, timestamp explicit: Double?) {
        var facts = LineFacts()
        var start = 0
        while start < line.count, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        var parsed = false
        if start < line.count, line[start] == UInt8(ascii: "{") {
            var scanner = JSONLineScanner(line, fields: fields)
            parsed = scanner.scan(into: &facts)
            facts.shape = .json
        }
        if !parsed {
            facts = LineFacts()
            parsed = start == 0 && TextLineScanner(line, fields: fields).scan(into: &facts)
        }
        guard parsed, let shape = facts.shape else {
            summary.unparsedCount += 1
            let plain = start == 0 && !line.isEmpty && line.count <= 2000
            previousPlain = plain ? String(decoding: line, as: UTF8.self) : nil
            return
        }
        previousPlain = nil
        let timestamp = explicit ?? facts.timestamp(in: line)
        if let timestamp {
            if let since, timestamp < since {
                summary.skippedBeforeWindow += 1
                return
            }
            firstTimestamp = firstTimestamp.map { Swift.min($0, timestamp) } ?? timestamp
            lastTimestamp = timestamp
        }
        summary.parsedCount += 1
        shapeCounts[LogShape.allCases.firstIndex(of: shape) ?? 0] += 1
        if let level = facts.level { levelCounts[level.rank] += 1 }
        if facts.status > 0 { countRequest(facts, line) }
        if !facts.exception.isEmpty || facts.level?.isError == true { groupError(facts, line, timestamp) }
        if !trackedEvents.isEmpty, !facts.message.isEmpty { trackEvent(facts, line, timestamp) }
    }

    private mutating func countRequest(_ facts: LineFacts, _ line: UnsafeBufferPointer<UInt8>) {
        statusCounts[facts.status] += 1
        if let duration = facts.durationMs { histogram.record(duration) }
        guard facts.status >= 500, !facts.path.isEmpty else { return }
        let method = facts.method.isEmpty ? nil : facts.method.string(in: line)
        let path = facts.path.string(in: line)
        let key = (method ?? "") + " " + path
        if failingPaths[key] != nil {
            failingPaths[key]?.count += 1
        } else if failingPaths.count < options.maxTrackedPaths {
            failingPaths[key] = PathFailures(method: method, path: path, count: 1)
        } else {
            untrackedPathFailures += 1
        }
    }

    private mutating func trackEvent(_ facts: LineFacts, _ line: UnsafeBufferPointer<UInt8>, _ timestamp: Double?) {
        let message = facts.message.slice(line)
        guard let name = trackedEvents.first(where: { $0.elementsEqual(message) }) ?? escapedMatch(facts, line),
            var record = LogRecord.parse(bytes: line, table: fields)
        else { return }
        if let timestamp { record.timestamp = Date(timeIntervalSince1970: timestamp) }
        latestEvents[String(decoding: name, as: UTF8.self)] = record
    }

    private func escapedMatch(_ facts: LineFacts, _ line: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard facts.message.escaped else { return nil }
        let decoded = Array(facts.message.string(in: line).utf8)
        return trackedEvents.first { $0 == decoded }
    }
}
