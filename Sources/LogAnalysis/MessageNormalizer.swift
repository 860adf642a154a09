/// Turns a message into its group key: the parts that vary between occurrences become
/// placeholders, so `user 123 not found` and `user 456 not found` share one group.
///
/// Replaced: UUIDs (`<uuid>`), `0x…` and runs of 8+ hex digits holding a digit (`<hex>`),
/// numbers (`<n>`), and text in single or double quotes (`<str>`). The key is cut at 300 bytes.
public enum MessageNormalizer {
    public static func normalize(_ message: String) -> String {
        var text = message
        return text.withUTF8 { normalize(bytes: $0) }
    }

    static func normalize(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(bytes.count, 320))
        var i = 0
        while i < bytes.count, out.count < 300 {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"),
                i == 0 || !isWordByte(bytes[i - 1]),
                let close = closingQuote(bytes, byte, from: i + 1)
            {
                out.append(contentsOf: Array("<str>".utf8))
                i = close + 1
                continue
            }
            guard isWordByte(byte), i == 0 || !isWordByte(bytes[i - 1]) else {
                out.append(byte)
                i += 1
                continue
            }
            var end = i
            while end < bytes.count, isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: "-") { end += 1 }
            if end - i == 36, isUUID(bytes, i) {
                out.append(contentsOf: Array("<uuid>".utf8))
                i = end
                continue
            }
            end = i
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            out.append(contentsOf: replacement(UnsafeBufferPointer(rebasing: bytes[i..<end])))
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func replacement(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        if word.allSatisfy({ $0 &- 0x30 < 10 }) { return Array("<n>".utf8) }
        if word.count > 2, word[0] == UInt8(ascii: "0"), word[1] | 0x20 == UInt8(ascii: "x"),
            word.dropFirst(2).allSatisfy(isHex)
        {
            return Array("<hex>".utf8)
        }
        if word.count >= 8, word.allSatisfy(isHex), word.contains(where: { $0 &- 0x30 < 10 }) {
            return Array("<hex>".utf8)
        }
        return Array(word)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte | 0x20 &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || byte | 0x20 &- 0x61 < 6
    }

    private static func isUUID(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        for offset in 0..<36 {
            let byte = bytes[start + offset]
            if [8, 13, 18, 23].contains(offset) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !isHex(byte) {
                return false
            }
        }
        return true
    }

    private static func closingQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ quote: UInt8, from start: Int) -> Int? {
        var i = start
        while i < bytes.count, i - start < 200 {
            if bytes[i] == quote { return i }
            i += 1
        }
        return nil
    }
}
