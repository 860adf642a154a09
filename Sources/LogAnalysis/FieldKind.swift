/// What a known field name holds.
enum FieldKind: Equatable {
    case level
    case message
    case timestamp
    case status
    case method
    case path
    /// A string `"GET /x HTTP/1.1"`; as an object, a container of request fields.
    case requestLine
    /// A duration; a bare number is in units of `milliseconds` each.
    case duration(milliseconds: Double)
    case exception
    /// An object whose members are read like top-level fields (pino's `req`/`res`, `err`).
    case container
}
