import Foundation

/// The one JSON shape every command prints: pretty, keys sorted, `/` unescaped, dates in ISO 8601,
/// followed by a newline.
public enum JSONDocument {
    /// `value` as a document; `{}` in the impossible case that it cannot be encoded.
    public static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
