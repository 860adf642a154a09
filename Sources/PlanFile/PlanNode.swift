import ShipshapeCore

/// A plan file's YAML tree: aliases expanded under a budget, value scalars interpolated, positions kept.
indirect enum PlanNode: Sendable, Hashable {
    case scalar(String, isNull: Bool, at: SourcePosition)
    case sequence([PlanNode], at: SourcePosition)
    case mapping([PlanPair], at: SourcePosition)

    var position: SourcePosition {
        switch self {
        case .scalar(_, _, let at), .sequence(_, let at), .mapping(_, let at): return at
        }
    }

    /// What a user would call this node in an error message.
    var kindName: String {
        switch self {
        case .scalar(let value, let isNull, _): return isNull ? "nothing" : "'\(value)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// One mapping entry; keys are plain strings (plan files never need complex keys).
struct PlanPair: Sendable, Hashable {
    let key: String
    let keyPosition: SourcePosition
    let value: PlanNode
}
