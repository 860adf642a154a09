import ShipshapeCore

/// Reads the source of a plain, single-quoted or double-quoted scalar as candidates,
/// decoding quote doubling and backslash escapes so they line up with the value.
struct FlowScalarCursor: IteratorProtocol {
    private let lines: SourceLines
    private let style: YAMLScalarStyle
    private var position: SourcePosition
    private var finished = false

    /// `start` is the first scalar of the node after its properties (a quote for quoted styles).
    init(lines: SourceLines, style: YAMLScalarStyle, start: SourcePosition) {
        self.lines = lines
        self.style = style
        position = start
        if style == .singleQuoted || style == .doubleQuoted {
            position = lines.advance(start)
        }
    }

    mutating func next() -> ScalarCandidate? {
        guard !finished, let scalar = lines.scalar(at: position) else { return nil }
        let here = position
        position = lines.advance(position)
        switch style {
        case .singleQuoted where scalar == "'":
            // `''` stands for one quote; a lone quote closes the scalar.
            if lines.scalar(at: position) == "'" {
                position = lines.advance(position)
                return ScalarCandidate("'", at: here, content: true)
            }
            finished = true
            return nil
        case .doubleQuoted where scalar == "\"":
            finished = true
            return nil
        case .doubleQuoted where scalar == "\\":
            return escape(at: here)
        default:
            return ScalarCandidate(scalar, at: here)
        }
    }

    /// Decodes the escape whose backslash is at `start`; `position` is just after the backslash.
    private mutating func escape(at start: SourcePosition) -> ScalarCandidate? {
        guard let code = lines.scalar(at: position) else { return nil }
        position = lines.advance(position)
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}",
            "f": "\u{C}", "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\",
            "N": "\u{85}", "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
        ]
        if let decoded = simple[code] {
            return ScalarCandidate(decoded, at: start, content: true)
        }
        if code == "\n" {
            // An escaped line break joins the lines with nothing; the next line's indentation is whitespace.
            return next()
        }
        let width: Int
        switch code {
        case "x": width = 2
        case "u": width = 4
        case "U": width = 8
        default: return ScalarCandidate(code, at: start, content: true)
        }
        var hex = ""
        for _ in 0..<width {
            guard let digit = lines.scalar(at: position), digit.properties.isASCIIHexDigit else { break }
            hex.unicodeScalars.append(digit)
            position = lines.advance(position)
        }
        let decoded = UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init) ?? "\u{FFFD}"
        return ScalarCandidate(decoded, at: start, content: true)
    }
}
