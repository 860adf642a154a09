import Foundation
import ShipshapeCore
import Yams

/// The first document of a YAML file (or one document of a `YAMLStream`), loaded defensively, with the
/// raw lines kept for exact positions.
struct YAMLDocument: Sendable {
    /// Deeper nesting is refused before Yams, which composes recursively, can overflow the stack.
    static let maxDepth = 500
    /// Expanding aliases beyond this many nodes is treated as an alias bomb.
    static let maxNodes = 1_000_000

    let file: String
    let lines: SourceLines
    let root: YAMLNode?
    let problems: [ParseProblem]
    /// Nodes visited while converting (aliases counted at every use); 0 when not parsed.
    private(set) var nodeCount = 0

    init(file: String, text: String, maxDepth: Int = YAMLDocument.maxDepth, maxNodes: Int = YAMLDocument.maxNodes) {
        let lines = SourceLines(text)
        self.init(
            file: file, text: text, chunkLines: lines, fileLines: lines, lineOffset: 0, maxDepth: maxDepth,
            maxNodes: maxNodes)
    }

    /// One document of a multi-document file: `text` is the document's own lines (`chunkLines`),
    /// which start after `lineOffset` lines of the whole file (`fileLines`). Positions are the file's.
    init(
        file: String, text: String, chunkLines: SourceLines, fileLines: SourceLines, lineOffset: Int,
        maxDepth: Int = YAMLDocument.maxDepth, maxNodes: Int = YAMLDocument.maxNodes
    ) {
        self.file = file
        self.lines = fileLines
        func shifted(_ position: SourcePosition) -> SourcePosition {
            SourcePosition(line: position.line + lineOffset, column: position.column)
        }
        if let position = YAMLDepthScanner.firstExcess(in: chunkLines, limit: maxDepth) {
            root = nil
            problems = [
                ParseProblem(
                    location: SourceLocation(file: file, start: shifted(position)),
                    message: "YAML nests deeper than \(maxDepth) levels; not parsed")
            ]
            return
        }
        if let position = YAMLAliasKeys.firstPosition(in: chunkLines) {
            root = nil
            problems = [
                ParseProblem(
                    location: SourceLocation(file: file, start: shifted(position)),
                    message: "YAML uses an alias as a mapping key, which is not supported; not parsed")
            ]
            return
        }
        let node: Node?
        do {
            // Only the first document matters for compose files and workflows; later ones are not parsed.
            node = try UntypedYAMLParser.parser(text).nextRoot()
        } catch {
            root = nil
            problems = [YAMLDocument.problem(from: error, file: file, lineOffset: lineOffset)]
            return
        }
        guard let node else {
            root = nil
            problems = []
            return
        }
        var converter = YAMLConverter(budget: maxNodes, lineOffset: lineOffset)
        let converted = converter.convert(node)
        nodeCount = converter.visited
        if converter.exhausted {
            root = nil
            problems = [
                ParseProblem(
                    location: SourceLocation(file: file, line: 1 + lineOffset, column: 1),
                    message: "YAML expands to over \(maxNodes) nodes (alias bomb?); not parsed")
            ]
        } else {
            root = converted
            problems = []
        }
    }

    /// The location of a node's start.
    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, start: node.start)
    }

    /// A `ParseProblem` at libyaml's position with its problem text.
    static func problem(from error: Error, file: String, lineOffset: Int = 0) -> ParseProblem {
        let first = SourceLocation(file: file, line: 1 + lineOffset)
        guard let yamlError = error as? YamlError else {
            return ParseProblem(location: first, message: "invalid YAML: \(error)")
        }
        func at(_ mark: Mark, _ message: String) -> ParseProblem {
            ParseProblem(
                location: SourceLocation(file: file, line: max(mark.line, 1) + lineOffset, column: max(mark.column, 1)),
                message: message)
        }
        func describe(_ problem: String, _ context: YamlError.Context?) -> String {
            guard let context else { return "invalid YAML: \(problem)" }
            return
                "invalid YAML: \(problem) (\(context.text) at line \(context.mark.line + lineOffset), column \(context.mark.column))"
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return at(mark, describe(problem, context))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "invalid YAML: duplicate key \(duplicates.joined(separator: ", ")) in a mapping")
        case .reader(let problem, let offset, _, _):
            return ParseProblem(
                location: first, message: "invalid YAML: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
        default:
            return ParseProblem(location: first, message: "invalid YAML: \(yamlError)")
        }
    }
}
