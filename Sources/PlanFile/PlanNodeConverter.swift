import Plan
import ShipshapeCore
import Yams

/// Converts a Yams tree into `PlanNode`s, counting every visited node so that alias expansion
/// ("billion laughs") stops at a budget instead of running for minutes, and interpolating values.
struct PlanNodeConverter {
    let path: String
    private var remaining: Int
    let interpolator: PlanInterpolator

    init(path: String, budget: Int, interpolator: PlanInterpolator) {
        self.path = path
        remaining = budget
        self.interpolator = interpolator
    }

    mutating func convert(_ node: Node) throws -> PlanNode {
        let position = Self.position(node)
        remaining -= 1
        guard remaining >= 0 else {
            throw PlanError.file(
                path: path, line: position.line, column: position.column,
                message: "YAML expands to over \(PlanYAMLLoader.maxNodes) nodes (alias bomb?); not parsed")
        }
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            if isNull { return .scalar("", isNull: true, at: position) }
            let value = try interpolator.interpolate(scalar.string, at: position, path: path)
            return .scalar(value, isNull: false, at: position)
        case .sequence(let sequence):
            var items: [PlanNode] = []
            for item in sequence { items.append(try convert(item)) }
            return .sequence(items, at: position)
        case .mapping(let mapping):
            var pairs: [PlanPair] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    let keyPosition = Self.position(key)
                    throw PlanError.file(
                        path: path, line: keyPosition.line, column: keyPosition.column,
                        message: "mapping keys must be plain words")
                }
                pairs.append(
                    PlanPair(key: keyScalar.string, keyPosition: Self.position(key), value: try convert(value)))
            }
            return .mapping(pairs, at: position)
        case .alias:
            return .scalar("", isNull: true, at: position)
        }
    }

    static func position(_ node: Node) -> SourcePosition {
        node.mark.map { SourcePosition(line: $0.line, column: $0.column) } ?? SourcePosition(line: 1, column: 1)
    }
}
