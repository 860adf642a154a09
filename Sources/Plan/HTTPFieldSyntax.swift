/// What may go into a request line or header (RFC 9110): a method or header name is a token, a
/// header value holds no control characters, a path no white space. Checked when a plan is read, so
/// a CR/LF cannot end one request and start another.
public enum HTTPFieldSyntax {
    /// `tchar`: letters, digits and ``!#$%&'*+-.^_`|~``.
    public static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 256
            && text.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"):
                    true
                default: Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
                }
            }
    }

    /// Visible characters, spaces and tabs; no CR, LF, NUL or other control character.
    public static func isFieldValue(_ text: String) -> Bool {
        text.utf8.count <= 8192
            && text.unicodeScalars.allSatisfy { $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }
    }

    /// A request target: no white space or control character.
    public static func isRequestTarget(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }
    }
}
