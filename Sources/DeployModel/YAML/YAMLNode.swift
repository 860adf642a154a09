import ShipshapeCore

/// How a scalar was written; decides how its source positions are recovered.
enum YAMLScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A scalar with its value as YAML defines it and where its node starts (at its anchor or tag, if any).
struct YAMLScalar: Sendable, Hashable {
    let value: String
    let style: YAMLScalarStyle
    let start: SourcePosition
    /// True for a plain `null`, `~` or empty value.
    let isNull: Bool
}

/// A YAML tree decoupled from Yams: aliases expanded (under a budget), merge keys applied, positions kept.
indirect enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], start: SourcePosition)
    case mapping([YAMLPair], start: SourcePosition)

    var start: SourcePosition {
        switch self {
        case .scalar(let scalar): return scalar.start
        case .sequence(_, let start), .mapping(_, let start): return start
        }
    }

    /// The scalar, when this is one and not null.
    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self, !scalar.isNull { return scalar }
        return nil
    }

    /// The string value of a non-null scalar.
    var string: String? { scalar?.value }

    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }

    var items: [YAMLNode]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    var pairs: [YAMLPair]? {
        if case .mapping(let pairs, _) = self { return pairs }
        return nil
    }

    /// The value for a string key in a mapping (the last one wins, as in most YAML loaders).
    subscript(key: String) -> YAMLNode? {
        pairs?.last { $0.key.string == key }?.value
    }

    /// The key/value pair for a string key, so callers can locate the key too.
    func pair(_ key: String) -> YAMLPair? {
        pairs?.last { $0.key.string == key }
    }
}

/// One entry of a mapping.
struct YAMLPair: Sendable, Hashable {
    let key: YAMLNode
    let value: YAMLNode
}
