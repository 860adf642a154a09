import SourceSyntax

/// Names of storage and messaging backends, grouped into families of names that mean the same
/// thing (`postgres`, `postgresql`, `pg`), and the booleans logs spell as words.
enum BackendWords {
    static let memory = "memory"

    static let families: [String: String] = {
        let groups: [String: [String]] = [
            "redis": ["redis", "rediss", "redis-sentinel", "valkey"],
            "postgres": ["postgres", "postgresql", "pg", "psql"],
            "mysql": ["mysql", "mariadb"],
            "sqlite": ["sqlite", "sqlite3"],
            "mongodb": ["mongo", "mongodb"],
            "memcached": ["memcache", "memcached"],
            "dynamodb": ["dynamodb", "dynamo"],
            "s3": ["s3"],
            "gcs": ["gcs", "gs"],
            "kafka": ["kafka"],
            "amqp": ["rabbitmq", "amqp", "amqps", "rabbit"],
            "nats": ["nats"],
            "sqs": ["sqs"],
            "etcd": ["etcd"],
            "consul": ["consul"],
            "elasticsearch": ["elasticsearch", "elastic", "opensearch"],
            "file": ["file", "filesystem", "disk", "fs"],
            memory: ["memory", "inmemory", "in-memory", "in_memory", "mem"],
        ]
        var result: [String: String] = [:]
        for (family, names) in groups {
            for name in names { result[name] = family }
        }
        return result
    }()

    /// The family a logged or configured word names (`"Redis"` → redis), or nil.
    static func family(of word: String) -> String? {
        families[word.lowercased()]
    }

    /// The family of a URL scheme: `postgresql+asyncpg` → postgres, `mongodb+srv` → mongodb.
    static func family(ofScheme scheme: String) -> String? {
        let first = scheme.lowercased().split(separator: "+").first.map(String.init) ?? scheme
        return family(of: first)
    }

    /// A logged boolean: `True`, `"on"`, `"enabled"`, `"yes"`.
    static func boolean(_ value: LiteralValue) -> Bool? {
        switch value {
        case .bool(let value): return value
        case .string(let text):
            switch text.lowercased() {
            case "true", "on", "yes", "enabled", "1": return true
            case "false", "off", "no", "disabled", "0": return false
            default: return nil
            }
        default: return nil
        }
    }
}
