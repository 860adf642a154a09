/// Which kind of line a record was read from.
public enum LogShape: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// A JSON object (structlog, pino, zap, logrus, python-json-logger, ECS, …).
    case json
    /// `key=value` pairs (logrus and slog text formatters).
    case logfmt
    /// structlog's ConsoleRenderer: `2026-11-29T09:00:00Z [info     ] event  key=value`.
    case structlogConsole
    /// uvicorn's default text: `INFO:     127.0.0.1:1234 - "GET /x HTTP/1.1" 200 OK`.
    case uvicorn
    /// gunicorn's error log: `[2026-11-29 09:00:00 +0000] [7] [INFO] Booting worker`.
    case gunicorn
    /// Common or Combined Log Format (nginx, Apache, gunicorn's access log).
    case accessLog
    /// Any other line with a level word near its start (Python logging, logback, log4j).
    case leveledText
}
