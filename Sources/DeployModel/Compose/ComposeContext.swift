import ShipshapeCore

/// State shared while reading one compose file: the document, interpolation and collected notes.
struct ComposeContext {
    let document: YAMLDocument
    let interpolator: ComposeInterpolator
    /// The compose file's directory, relative like its path (`""` for the repository root).
    let directory: String
    private(set) var problems: [ParseProblem] = []

    init(document: YAMLDocument, environment: [String: String]) {
        self.document = document
        interpolator = ComposeInterpolator(environment: environment)
        directory = ComposePaths.directory(of: document.file)
    }

    var file: String { document.file }

    /// Records a note at a node's position.
    mutating func note(_ node: YAMLNode, _ message: String) {
        problems.append(ParseProblem(location: document.location(of: node), message: message))
    }

    /// The interpolated text of a scalar, with positions; nil for null and collections.
    mutating func text(_ node: YAMLNode?) -> EmbeddedText? {
        guard let node, let scalar = node.scalar else { return nil }
        let (text, notes) = interpolator.interpolate(document.text(of: scalar))
        problems += notes
        return text
    }

    /// Records that a value could not be read because it uses variables that are not set here: a
    /// note (the value is valid once the deploy's `.env` exists), never a malformed file.
    /// Returns false when no unset variable explains the problem.
    mutating func noteUnset(_ node: YAMLNode, _ what: String) -> Bool {
        guard let scalar = node.scalar else { return false }
        let raw = document.text(of: scalar).text
        let names = interpolator.unsetVariables(in: raw)
        guard !names.isEmpty else { return false }
        let list = names.map { "`\($0)`" }.joined(separator: ", ")
        problems.append(
            ParseProblem(
                location: document.location(of: node),
                message:
                    "\(ComposeInterpolator.unsetVariablePrefix) \(list) leaves \(what) `\(raw)` unknown (no value in the `.env` beside the compose file); it is not checked"
            ))
        return true
    }

    /// The interpolated string value of a scalar (numbers and booleans as written).
    mutating func string(_ node: YAMLNode?) -> String? {
        text(node)?.text
    }

    /// The interpolated value with the location of its source text.
    mutating func located(_ node: YAMLNode?) -> Located<String>? {
        guard let node, let text = text(node) else { return nil }
        // The value's own span (inside any quotes), so `["CMD", "curl"]` points at `curl`.
        let location = text.isEmpty ? document.span(of: node) : text.location(of: 0..<text.scalars.count)
        return Located(value: text.text, location: location)
    }

    /// A list of strings from a sequence, or a single string as a one-element list.
    mutating func strings(_ node: YAMLNode?) -> [Located<String>] {
        guard let node else { return [] }
        if let items = node.items { return items.compactMap { located($0) } }
        return located(node).map { [$0] } ?? []
    }

    /// The location of a node (a point at its start).
    func location(_ node: YAMLNode) -> SourceLocation {
        document.location(of: node)
    }

    /// A `KEY: value` mapping or `KEY=value` list as pairs of name, optional value and location.
    mutating func keyValues(_ node: YAMLNode?) -> [(name: String, value: EmbeddedText?, location: SourceLocation)] {
        guard let node else { return [] }
        if let pairs = node.pairs {
            return pairs.compactMap { pair in
                guard let name = string(pair.key) else { return nil }
                return (name, text(pair.value), location(pair.key))
            }
        }
        guard let items = node.items else { return [] }
        return items.compactMap { item in
            guard let entry = text(item) else { return nil }
            guard let equals = entry.scalars.firstIndex(of: "=") else {
                return (entry.text, nil, location(item))
            }
            let name = entry.slice(0..<equals).text
            return (name, entry.slice(equals + 1..<entry.scalars.count), location(item))
        }
    }
}
