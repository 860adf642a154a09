/// A position in text that only moves forward, keeping the 1-based line and column (in Unicode
/// scalars, as findings count them).
struct ScalarCursor {
    let scalars: [Unicode.Scalar]
    private(set) var offset = 0
    private(set) var line: Int
    private(set) var column: Int

    init(_ scalars: [Unicode.Scalar], line: Int = 1, column: Int = 1) {
        self.scalars = scalars
        self.line = line
        self.column = column
    }

    /// At the start of a token's source text.
    init(_ token: SourceToken) {
        self.init(Array(token.text.unicodeScalars), line: token.line, column: token.column)
    }

    mutating func advance() {
        guard offset < scalars.count else { return }
        if scalars[offset] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        offset += 1
    }

    mutating func move(to target: Int) {
        while offset < min(target, scalars.count) { advance() }
    }
}
