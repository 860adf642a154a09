import Foundation
import ShipshapeCore

extension LogAnalyzer {
    /// Adds an error line, or an exception carried in a field, to its group.
    mutating func groupError(_ facts: LineFacts, _ line: UnsafeBufferPointer<UInt8>, _ timestamp: Double?) {
        if !facts.exception.isEmpty {
            let trace = facts.exception.string(in: line)
            if let title = StackTraceAssembler.title(ofEmbedded: trace) {
                let message = facts.message.isEmpty ? "" : facts.message.string(in: line) + "\n"
                let example = message + trace.split(separator: "\n").prefix(30).joined(separator: "\n")
                add(.exception, title: title, level: facts.level ?? .error, example: example, timestamp, lineNumber)
                return
            }
        }
        guard let level = facts.level, level.isError else { return }
        let title = facts.message.isEmpty ? String(decoding: line, as: UTF8.self) : facts.message.string(in: line)
        add(.error, title: title, level: level, example: String(decoding: line, as: UTF8.self), timestamp, lineNumber)
    }

    /// Ends an open traceback or stack trace and groups it under its exception line.
    mutating func closeStack() {
        guard let block = stacks.close() else { return }
        let title = block.title ?? block.lines.first ?? "Traceback"
        let example = block.lines.joined(separator: "\n")
        add(.exception, title: title, level: .error, example: example, block.timestamp, block.lineNumber)
    }

    mutating func add(
        _ kind: ErrorGroup.Kind, title: String, level: LogLevel, example: @autoclosure () -> String,
        _ timestamp: Double?, _ line: Int
    ) {
        let key = MessageNormalizer.normalize(title)
        let id = kind.rawValue + "\u{0}" + key
        let date = timestamp.map { Date(timeIntervalSince1970: $0) }
        if var group = groups[id] {
            group.count += 1
            group.level = max(group.level, level)
            group.lastLine = line
            if let date {
                group.firstSeen = group.firstSeen ?? date
                group.lastSeen = date
            }
            groups[id] = group
            return
        }
        guard groups.count < options.maxTrackedGroups else {
            summary.untrackedErrorLines += 1
            return
        }
        groups[id] = ErrorGroup(
            kind: kind, key: SecretMasker.masking(key), level: level, count: 1, firstSeen: date, lastSeen: date,
            firstLine: line, lastLine: line, example: String(SecretMasker.masking(example()).prefix(4000)))
    }
}
