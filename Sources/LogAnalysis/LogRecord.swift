import Foundation
import ShipshapeCore

/// One log line read into fields.
public struct LogRecord: Sendable, Codable, Equatable {
    public var shape: LogShape
    public var timestamp: Date?
    public var level: LogLevel?
    /// structlog's `event`, pino/zap/logrus `msg`, `message`; for text shapes the message part.
    public var message: String?
    public var method: String?
    /// The request path without query string or fragment.
    public var path: String?
    public var status: Int?
    /// Request duration in milliseconds, converted from the field's unit (see `FieldTable`).
    public var durationMs: Double?
    /// Every field of a JSON line; the `key=value` pairs of logfmt and structlog console lines.
    public var fields: [String: JSONValue]

    /// The structlog event name (the message).
    public var event: String? { message }

    /// The line read into a record; nil when it has no recognised shape.
    public static func parse(_ line: String, fields table: LogFieldNames = LogFieldNames()) -> LogRecord? {
        var copy = line
        return copy.withUTF8 { parse(bytes: $0, table: table.table) }
    }

    static func parse(bytes line: UnsafeBufferPointer<UInt8>, table: FieldTable) -> LogRecord? {
        var facts = LineFacts()
        var scanner = JSONLineScanner(line, fields: table)
        if scanner.scan(into: &facts) {
            facts.shape = .json
            var parser = JSONValueParser(line)
            guard case .object(let members)? = parser.parseDocument() else { return nil }
            return LogRecord(facts: facts, line: line, fields: members)
        }
        facts = LineFacts()
        let text = TextLineScanner(line, fields: table)
        guard text.scan(into: &facts) else { return nil }
        var members: [String: JSONValue] = [:]
        if facts.shape == .logfmt || facts.shape == .structlogConsole {
            text.forEachPair(from: facts.shape == .logfmt ? 0 : facts.message.end) { key, value in
                members[String(decoding: key, as: UTF8.self)] = .string(value.string(in: line))
            }
        }
        return LogRecord(facts: facts, line: line, fields: members)
    }

    init(facts: LineFacts, line: UnsafeBufferPointer<UInt8>, fields: [String: JSONValue]) {
        shape = facts.shape ?? .leveledText
        timestamp = facts.timestamp(in: line).map { Date(timeIntervalSince1970: $0) }
        level = facts.level
        message = facts.message.isEmpty ? nil : facts.message.string(in: line)
        method = facts.method.isEmpty ? nil : facts.method.string(in: line)
        path = facts.path.isEmpty ? nil : facts.path.string(in: line)
        status = facts.status > 0 ? facts.status : nil
        durationMs = facts.durationMs
        self.fields = fields
    }

    /// The record with secrets masked: values of secret-named fields (`password`, `token`,
    /// `api_key`, …) become `****`, and every string passes through `SecretMasker`.
    public func masked() -> LogRecord {
        var copy = self
        copy.message = message.map(SecretMasker.masking)
        for (key, value) in fields { copy.fields[key] = Self.mask(value, key: key) }
        return copy
    }

    static func mask(_ value: JSONValue, key: String) -> JSONValue {
        if SecretMasker.isSecretName(key), value != .null { return .string(SecretMasker.mask) }
        switch value {
        case .string(let text): return .string(SecretMasker.masking(text))
        case .array(let items): return .array(items.map { mask($0, key: key) })
        case .object(let members):
            var masked: [String: JSONValue] = [:]
            for (name, member) in members { masked[name] = mask(member, key: name) }
            return .object(masked)
        case .null, .bool, .number: return value
        }
    }
}
