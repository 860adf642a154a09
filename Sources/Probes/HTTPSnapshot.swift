/// An HTTP response as the conditions see it, whichever route fetched it.
public struct HTTPSnapshot: Sendable, Hashable {
    public var status: Int
    /// Header names lower-cased.
    public var headers: [String: String]
    public var body: String
    public var durationMilliseconds: Int

    public init(status: Int, headers: [String: String] = [:], body: String = "", durationMilliseconds: Int = 0) {
        self.status = status
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
        self.durationMilliseconds = durationMilliseconds
    }

    /// The body cut to `limit` characters, on one line, for messages.
    public func bodyExcerpt(limit: Int = 300) -> String {
        let flat = body.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
