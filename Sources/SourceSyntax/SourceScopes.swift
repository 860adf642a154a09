/// Which function (or the file's top level) each token belongs to. Scope 0 is the top level; a
/// nested function is a scope of its own. Python class bodies are scopes too. Tokens of a Python
/// `def` header (parameters and their defaults) belong to no scope: a default is not a setting.
public struct SourceScopes: Sendable {
    public struct Scope: Sendable, Hashable {
        /// The function's name when it has one (`def name`, `func name`, `name(...) {`).
        public let name: String?
        public let line: Int
    }

    /// The scope of each token; `SourceScopes.none` for tokens in no scope.
    public let scopeOfToken: [Int]
    /// Scope descriptions by id; id 0 is the top level.
    public let scopes: [Scope]

    public static let none = -1

    public init(tokens: [SourceToken], language: SourceLanguage) {
        switch language {
        case .python: (scopeOfToken, scopes) = Self.indented(tokens)
        case .javascript, .go: (scopeOfToken, scopes) = Self.braced(tokens, language: language)
        }
    }

    /// Python: a `def` or `class` line opens a scope that lasts while lines are indented deeper.
    static func indented(_ tokens: [SourceToken]) -> ([Int], [Scope]) {
        var result = [Int](repeating: 0, count: tokens.count)
        var scopes = [Scope(name: nil, line: 1)]
        var open: [(indent: Int, id: Int)] = []
        var depth = 0
        var lineStart = true
        // Between `def`/`class` and the `:` that ends its header, outside brackets.
        var inHeader = false
        for (index, token) in tokens.enumerated() {
            if token.isNewline {
                result[index] = open.last?.id ?? 0
                if depth == 0 { lineStart = true }
                continue
            }
            if lineStart && depth == 0 {
                lineStart = false
                let indent = token.column - 1
                while let last = open.last, last.indent >= indent { open.removeLast() }
                let isAsyncDef = token.text == "async" && tokens.dropFirst(index + 1).first?.text == "def"
                if token.isIdentifier && (token.text == "def" || token.text == "class" || isAsyncDef) {
                    let nameToken = tokens.dropFirst(index + (isAsyncDef ? 2 : 1)).first
                    scopes.append(
                        Scope(name: nameToken?.isIdentifier == true ? nameToken?.text : nil, line: token.line))
                    open.append((indent, scopes.count - 1))
                    inHeader = true
                }
            }
            if inHeader {
                result[index] = none
                if token.isPunctuation(":") && depth == 0 { inHeader = false }
            } else {
                result[index] = open.last?.id ?? 0
            }
            if ["(", "[", "{"].contains(token.text) && token.kind == .punctuation { depth += 1 }
            if [")", "]", "}"].contains(token.text) && token.kind == .punctuation { depth = max(0, depth - 1) }
        }
        return (result, scopes)
    }
}
