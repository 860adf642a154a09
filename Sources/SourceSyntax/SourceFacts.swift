import ShipshapeCore

/// A literal value as written in source: `"redis"`, `4`, `True`, `None`.
public enum LiteralValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case number(String)
    case bool(Bool)
    /// `None`, `null`, `undefined`, `nil`.
    case null(spelling: String)

    public var description: String {
        switch self {
        case .string(let text): "\"\(text)\""
        case .number(let text): text
        case .bool(let value): value ? "true" : "false"
        case .null(let spelling): spelling
        }
    }
}

/// What a setting is given: a literal, an object built by a named constructor, or something that
/// cannot be known without running the program.
public enum SettingValue: Sendable, Hashable {
    case literal(LiteralValue)
    /// `MemoryStore()`, `new RedisStore(…)`, `redis.NewClient(…)`, `&MemoryStore{}`: the callee's identifiers.
    case constructed(callee: [String])
    case unknown
}

/// A log call stating `key` as a literal value.
public struct LogClaim: Sendable, Hashable {
    public enum Form: Sendable, Hashable {
        /// `storage="redis"`, `{storage: "redis"}`, `"storage", "redis"`, `zap.String("storage", "redis")`.
        case field
        /// `storage=redis` written inside the log message.
        case message
    }

    public let key: String
    public let value: LiteralValue
    public let form: Form
    /// Where the value is written.
    public let location: SourceLocation
    public let scope: Int
}

/// A setting given a value: a keyword argument, an assignment, an object or struct literal entry.
public struct SettingAssignment: Sendable, Hashable {
    public let name: String
    public let value: SettingValue
    /// From the name to the end of the value.
    public let location: SourceLocation
    public let scope: Int
}

/// What one source file's log calls claim and what its code configures, scope by scope.
public struct SourceFacts: Sendable {
    public let file: String
    public let language: SourceLanguage
    public let claims: [LogClaim]
    public let settings: [SettingAssignment]
    /// Function scopes: id 0 is the file's top level.
    public let scopes: [SourceScopes.Scope]

    /// Reads `text` (the file at display path `file`).
    public static func read(file: String, text: String, language: SourceLanguage) -> SourceFacts {
        let tokens = SourceLexer.tokenize(text, language: language)
        let stream = TokenStream(file: file, tokens: tokens, language: language)
        let logCalls = stream.logCalls()
        // Calls nest, so mark their spans with a running count rather than token by token.
        var starts = [Int](repeating: 0, count: tokens.count + 1)
        for call in logCalls {
            starts[call.open] += 1
            starts[call.close + 1] -= 1
        }
        var inLog = [Bool](repeating: false, count: tokens.count)
        var open = 0
        for index in tokens.indices {
            open += starts[index]
            inLog[index] = open > 0
        }
        let entryClaims = tokens.indices.compactMap { index in
            inLog[index] && tokens[index].isPunctuation(":") ? stream.entryClaim(colon: index) : nil
        }
        let claims = logCalls.flatMap(stream.claims(in:)) + entryClaims + stream.fieldCallClaims()
        return SourceFacts(
            file: file, language: language, claims: Array(Set(claims)).sorted { $0.location < $1.location },
            settings: stream.settings(excluding: inLog), scopes: stream.scopes.scopes)
    }
}
