import ShipshapeCore
import Yams

/// Converts a Yams tree into `YAMLNode`s, counting every visited node so that alias expansion
/// ("billion laughs") stops at a budget instead of running for minutes.
struct YAMLConverter {
    private var remaining: Int
    private(set) var exhausted = false
    /// How many nodes were visited (aliases counted at every use).
    private(set) var visited = 0
    /// Lines of the file before the parsed text (for one document of a multi-document file).
    private let lineOffset: Int

    init(budget: Int, lineOffset: Int = 0) {
        remaining = budget
        self.lineOffset = lineOffset
    }

    private static let placeholder = YAMLNode.scalar(
        YAMLScalar(value: "", style: .plain, start: SourcePosition(line: 1, column: 1), isNull: true))

    mutating func convert(_ node: Node) -> YAMLNode {
        guard !exhausted else { return Self.placeholder }
        remaining -= 1
        visited += 1
        if remaining < 0 {
            exhausted = true
            return Self.placeholder
        }
        let start =
            node.mark.map { SourcePosition(line: $0.line + lineOffset, column: $0.column) }
            ?? SourcePosition(line: 1, column: 1)
        switch node {
        case .scalar(let scalar):
            return .scalar(Self.scalar(scalar, start: start))
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                items.append(convert(item))
                if exhausted { break }
            }
            return .sequence(items, start: start)
        case .mapping(let mapping):
            return .mapping(convertPairs(mapping), start: start)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one carries no value.
            return Self.placeholder
        }
    }

    /// Converts a mapping's pairs, applying `<<` merge keys: explicit keys win over merged ones,
    /// and earlier merge sources win over later ones.
    private mutating func convertPairs(_ mapping: Node.Mapping) -> [YAMLPair] {
        var explicit: [YAMLPair] = []
        var merged: [YAMLPair] = []
        for (key, value) in mapping {
            if exhausted { break }
            if key.scalar?.style == .plain, key.string == "<<" {
                merged.append(contentsOf: mergeSources(value))
            } else {
                explicit.append(YAMLPair(key: convert(key), value: convert(value)))
            }
        }
        guard !merged.isEmpty else { return explicit }
        var seen = Set(explicit.compactMap { $0.key.string })
        var result: [YAMLPair] = []
        for pair in merged {
            guard let name = pair.key.string, !seen.contains(name) else { continue }
            seen.insert(name)
            result.append(pair)
        }
        return result + explicit
    }

    private mutating func mergeSources(_ value: Node) -> [YAMLPair] {
        switch value {
        case .mapping(let mapping):
            remaining -= 1
            return convertPairs(mapping)
        case .sequence(let sequence):
            var pairs: [YAMLPair] = []
            for case .mapping(let mapping) in sequence {
                remaining -= 1
                pairs.append(contentsOf: convertPairs(mapping))
            }
            return pairs
        default:
            return []
        }
    }

    private static func scalar(_ scalar: Node.Scalar, start: SourcePosition) -> YAMLScalar {
        let style: YAMLScalarStyle
        switch scalar.style {
        case .singleQuoted: style = .singleQuoted
        case .doubleQuoted: style = .doubleQuoted
        case .literal: style = .literal
        case .folded: style = .folded
        default: style = .plain
        }
        let isNull = style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        return YAMLScalar(value: scalar.string, style: style, start: start, isNull: isNull)
    }
}
