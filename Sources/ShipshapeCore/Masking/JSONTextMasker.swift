import Foundation

/// Masks a JSON document string by string, on the *decoded* strings, so an escaped quote or `\/`
/// cannot hide a secret from the masker (`"{\"password\":\"x\"}"` inside a log field).
///
/// A string value under a secret-named key (`"password"`, `"api_key"`, `"db_pass"`) is masked
/// whole; every other string passes through ``SecretMasker`` and is cut to `maximumStringBytes`.
/// Strings that do not change keep their bytes, so the document's layout is untouched. One pass.
enum JSONTextMasker {
    static func masking(_ text: String, maximumStringBytes: Int) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        var valueIsSecret = false
        var changed = false
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\"") else {
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
                    valueIsSecret = false
                }
                index += 1
                continue
            }
            let start = index
            let (raw, end, escaped) = scanString(bytes, from: start)
            index = end
            var next = end
            while next < bytes.count,
                bytes[next] == 0x20 || bytes[next] == 0x0A || bytes[next] == 0x0D
                    || bytes[next] == 0x09
            {
                next += 1
            }
            let decoded = escaped ? decode(bytes[start..<end]) : String(decoding: raw, as: UTF8.self)
            if next < bytes.count, bytes[next] == UInt8(ascii: ":") {
                valueIsSecret = SecretMasker.isSecretName(decoded)
                continue
            }
            var masked =
                valueIsSecret && !decoded.isEmpty && !decoded.hasPrefix("$")
                ? SecretMasker.mask : SecretMasker.masking(decoded)
            masked = PrintedText.bounded(masked, maximumBytes: maximumStringBytes)
            valueIsSecret = false
            guard masked != decoded else { continue }
            output += bytes[copied..<start]
            output += encode(masked, escapingSlashes: Array(bytes[start..<end]).containsBytes([0x5C, 0x2F]))
            copied = end
            changed = true
        }
        guard changed else { return text }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// The string literal at `start` (a `"`): its raw content, the index after its closing quote,
    /// and whether it holds escapes.
    static func scanString(_ bytes: [UInt8], from start: Int) -> (ArraySlice<UInt8>, Int, Bool) {
        var index = start + 1
        var escaped = false
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == UInt8(ascii: "\\") {
                escaped = true
                index += 1
            }
            index += 1
        }
        let contentEnd = min(index, bytes.count)
        return (bytes[(start + 1)..<contentEnd], min(index + 1, bytes.count), escaped)
    }

    static func decode(_ literal: ArraySlice<UInt8>) -> String {
        (try? JSONDecoder().decode(String.self, from: Data(literal)))
            ?? String(decoding: literal.dropFirst().dropLast(), as: UTF8.self)
    }

    static func encode(_ text: String, escapingSlashes: Bool) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [0x5C, 0x22]
            case UInt8(ascii: "\\"): output += [0x5C, 0x5C]
            case UInt8(ascii: "/") where escapingSlashes: output += [0x5C, 0x2F]
            case 0x0A: output += [0x5C, UInt8(ascii: "n")]
            case 0x0D: output += [0x5C, UInt8(ascii: "r")]
            case 0x09: output += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: output += Array(String(format: "\\u%04x", byte).utf8)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
        return output
    }
}
