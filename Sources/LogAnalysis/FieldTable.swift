/// Field names the analyzer understands, looked up by bytes without allocating.
///
/// Duration units (see `DurationUnit` for strings like `"12ms"`, which always carry their own):
/// | fields | a bare number is |
/// |---|---|
/// | `duration_ms`, `durationMs`, `elapsed_ms`, `latency_ms`, `response_time`, `responseTime` (pino-http, morgan), `response_time_ms`, `took`, `took_ms`, `time_ms`, `duration`, `elapsed` | milliseconds |
/// | `request_time` (nginx), `latency` (zap's default duration encoder), `duration_s`, `duration_seconds`, `elapsed_s`, `elapsed_seconds`, `latency_s`, `latency_seconds` | seconds |
/// | `duration_us`, `latency_us`, `elapsed_us` | microseconds |
/// | `duration_ns`, `latency_ns`, `elapsed_ns`, `event.duration` (ECS) | nanoseconds |
struct FieldTable: Sendable {
    private var buckets: [[(name: [UInt8], kind: FieldKind)]] = Array(repeating: [], count: 33)

    init(extraDurations: [String: Double] = [:]) {
        for (name, kind) in Self.standard { add(name, kind) }
        for (name, milliseconds) in extraDurations { add(name, .duration(milliseconds: milliseconds)) }
    }

    private mutating func add(_ name: String, _ kind: FieldKind) {
        let bytes = Array(name.utf8)
        guard bytes.count < buckets.count else { return }
        buckets[bytes.count].removeAll { $0.name == bytes }
        buckets[bytes.count].append((bytes, kind))
    }

    func kind(of key: UnsafeBufferPointer<UInt8>) -> FieldKind? {
        guard key.count < buckets.count else { return nil }
        for entry in buckets[key.count] where entry.name.elementsEqual(key) {
            return entry.kind
        }
        return nil
    }

    static let milliseconds = 1.0
    static let seconds = 1000.0
    static let microseconds = 0.001
    static let nanoseconds = 0.000_001

    static let standard: [(String, FieldKind)] =
        names(["level", "levelname", "severity", "lvl", "loglevel", "log_level", "log.level"], .level)
        + names(["msg", "message", "event"], .message)
        + names(["time", "timestamp", "ts", "@timestamp", "datetime", "asctime"], .timestamp)
        + names(
            [
                "status", "status_code", "statusCode", "http_status", "response_status", "http.response.status_code",
            ], .status)
        + names(["method", "http_method", "request_method", "httpMethod", "http.request.method"], .method)
        + names(["path", "url", "uri", "request_path", "request_uri", "requestURI", "url.path"], .path)
        + names(["request", "request_line", "requestLine", "req"], .requestLine)
        + names(
            [
                "duration_ms", "durationMs", "elapsed_ms", "elapsedMs", "latency_ms", "latencyMs", "response_time",
                "responseTime", "response_time_ms", "responseTimeMs", "took", "took_ms", "time_ms", "duration",
                "elapsed",
            ], .duration(milliseconds: milliseconds))
        + names(
            [
                "request_time", "latency", "duration_s", "duration_seconds", "elapsed_s", "elapsed_seconds",
                "latency_s", "latency_seconds",
            ], .duration(milliseconds: seconds))
        + names(["duration_us", "latency_us", "elapsed_us"], .duration(milliseconds: microseconds))
        + names(["duration_ns", "latency_ns", "elapsed_ns", "event.duration"], .duration(milliseconds: nanoseconds))
        + names(
            [
                "exception", "exc_info", "exc_text", "stack", "stacktrace", "stack_trace", "traceback",
                "error.stack_trace",
            ],
            .exception)
        + names(["res", "response", "http", "err", "error", "log"], .container)

    private static func names(_ names: [String], _ kind: FieldKind) -> [(String, FieldKind)] {
        names.map { ($0, kind) }
    }
}
