import NIOCore

/// One Redis reply (RESP2), as far as the checks need it.
enum RESPValue: Sendable, Equatable {
    case simple(String)
    case error(String)
    case integer(Int)
    case bulk(String?)
    case array([RESPValue]?)

    /// A command as RESP: an array of bulk strings.
    static func command(_ words: [String]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeString("*\(words.count)\r\n")
        for word in words {
            buffer.writeString("$\(word.utf8.count)\r\n")
            buffer.writeString(word)
            buffer.writeString("\r\n")
        }
        return buffer
    }

    /// Reads one complete reply from the front of `buffer`; nil (buffer untouched) when more
    /// bytes are needed. Throws on bytes that are not RESP.
    static func read(from buffer: inout ByteBuffer, depth: Int = 0) throws -> RESPValue? {
        var copy = buffer
        guard let value = try parse(&copy, depth: depth) else { return nil }
        buffer = copy
        return value
    }

    private static func parse(_ buffer: inout ByteBuffer, depth: Int) throws -> RESPValue? {
        guard depth < 8, let type = buffer.readInteger(as: UInt8.self) else {
            if depth >= 8 { throw DependencyProbesError.failed(.protocolError, "Redis reply nested too deeply") }
            return nil
        }
        guard let line = try readLine(&buffer) else { return nil }
        switch type {
        case UInt8(ascii: "+"): return .simple(line)
        case UInt8(ascii: "-"): return .error(line)
        case UInt8(ascii: ":"):
            guard let value = Int(line) else { throw notRESP(line) }
            return .integer(value)
        case UInt8(ascii: "$"):
            guard let length = Int(line), length >= -1, length <= 16 << 20 else { throw notRESP(line) }
            if length == -1 { return .bulk(nil) }
            guard buffer.readableBytes >= length + 2, let text = buffer.readString(length: length) else { return nil }
            buffer.moveReaderIndex(forwardBy: 2)
            return .bulk(text)
        case UInt8(ascii: "*"):
            guard let count = Int(line), count >= -1, count <= 1024 else { throw notRESP(line) }
            if count == -1 { return .array(nil) }
            var items: [RESPValue] = []
            for _ in 0..<count {
                guard let item = try parse(&buffer, depth: depth + 1) else { return nil }
                items.append(item)
            }
            return .array(items)
        default:
            throw DependencyProbesError.failed(
                .protocolError, "the server did not answer in Redis protocol (first byte \(type)) — is this Redis?")
        }
    }

    private static func readLine(_ buffer: inout ByteBuffer) throws -> String? {
        let view = buffer.readableBytesView
        guard let newline = view.firstIndex(of: 0x0A) else {
            if view.count > 64 << 10 { throw notRESP("a line over 64 KiB") }
            return nil
        }
        let length = newline - view.startIndex
        guard length >= 1, let text = buffer.readString(length: length - 1) else { throw notRESP("an empty line") }
        buffer.moveReaderIndex(forwardBy: 2)
        return text
    }

    private static func notRESP(_ what: String) -> DependencyProbesError {
        .failed(.protocolError, "the server did not answer in Redis protocol (\(what.prefix(60)))")
    }
}
