/// Masks passwords, tokens and keys in any text about to be printed.
///
/// One left-to-right pass over the UTF-8 bytes (``MaskingScanner``): every rule consumes the bytes
/// it looks at, so the time is linear in the length of the text whatever its shape — no regular
/// expression, no backtracking. What counts as a secret is data (``SecretPatterns``). A value is
/// masked whole: it runs to the end of its quotes, or to white space, not to the first `#` or `,`.
public enum SecretMasker {
    public static let mask = "****"

    /// `text` with secrets replaced by `****`.
    public static func masking(_ text: String) -> String {
        masking(text, stopsAtMarkup: false)
    }

    /// `text` with secrets replaced by `****`; with `stopsAtMarkup`, an unquoted value also ends at
    /// `<` and `&`, so masking escaped HTML or XML keeps its tags and entities.
    public static func masking(_ text: String, stopsAtMarkup: Bool) -> String {
        guard !text.isEmpty else { return text }
        var scanner = MaskingScanner(bytes: Array(text.utf8), stopsAtMarkup: stopsAtMarkup)
        guard let output = scanner.run() else { return text }
        return String(decoding: output, as: UTF8.self)
    }

    /// True when a variable, field or header of this name holds a secret (`DB_PASS`, `api_key`,
    /// `X-Api-Key`, `AUTH`).
    public static func isSecretName(_ name: String) -> Bool {
        SecretPatterns.isSecretName(Array(name.utf8)[...])
    }
}
