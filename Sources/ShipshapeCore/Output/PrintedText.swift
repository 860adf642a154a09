/// Text on its way out of the program: secrets masked (``SecretMasker``) and every line bounded.
///
/// Its initialiser is the only way to make one and ``OutputSink`` writes nothing else, so no report,
/// progress line, annotation or error message can skip the masking policy. Masking happens on the
/// text as it will be read: JSON strings decoded first, escaped markup with values stopping at tags.
public struct PrintedText: Sendable, Equatable {
    /// How the text is encoded, which decides how it is masked.
    public enum Encoding: Sendable {
        /// Lines for people (text, Markdown): masked, each line cut to ``maximumLineBytes``.
        case plain
        /// A JSON document (JSON, SARIF): each string masked decoded, and cut.
        case json
        /// HTML or XML whose reporter escaped already-masked values; masked again with values
        /// stopping at `<` and `&`, not cut (a cut could break the markup).
        case markup
        /// GitHub workflow commands written by Shipshape (`::error …::message`): each message masked
        /// piece by piece between its `%0A` escapes; other lines as `.plain`.
        case workflowCommands
    }

    /// Longest line (or JSON string) printed; longer ones end in a note of how much was left out.
    public static let maximumLineBytes = 8192

    public let text: String
    public let encoding: Encoding

    public init(_ raw: String, encoding: Encoding = .plain) {
        self.encoding = encoding
        switch encoding {
        case .plain: text = Self.maskedLines(raw)
        case .json: text = JSONTextMasker.masking(raw, maximumStringBytes: Self.maximumLineBytes)
        case .markup: text = SecretMasker.masking(raw, stopsAtMarkup: true)
        case .workflowCommands: text = WorkflowCommandText.masking(raw)
        }
    }

    /// Masks, then bounds each line (masking first, so a cut cannot split a secret from its name).
    static func maskedLines(_ raw: String) -> String {
        let masked = SecretMasker.masking(raw)
        guard masked.utf8.count > maximumLineBytes else { return masked }
        return masked.split(separator: "\n", omittingEmptySubsequences: false)
            .map { bounded(String($0), maximumBytes: maximumLineBytes) }
            .joined(separator: "\n")
    }

    /// `text` cut to at most `maximumBytes` UTF-8 bytes (on a character boundary) plus a note.
    public static func bounded(_ text: String, maximumBytes: Int) -> String {
        let utf8 = text.utf8
        guard utf8.count > maximumBytes else { return text }
        let bytes = Array(utf8)
        var end = maximumBytes
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let kept = String(decoding: bytes[..<end], as: UTF8.self)
        return kept + " … [\(bytes.count - end) more bytes not shown]"
    }
}
