import SourceSyntax

/// Whether a log key and a setting name mean the same setting, and whether a logged literal
/// contradicts the value the setting is given. Built for precision: anything it cannot be sure
/// of is `.unknown`, and unknown never reports.
enum LoggedSetting {
    enum Verdict: Equatable {
        case agrees
        case contradicts
        case unknown
    }

    /// How a setting's name relates to a logged key.
    enum Relation: Equatable {
        /// `storage` and `storage`, `Storage`, `STORAGE`.
        case same
        /// `storage` and `storage_uri`: the value is a URL, compared by scheme (or None: nothing configured).
        case location
        /// `cache` and `cache_enabled`: the value is a boolean.
        case switch_
        /// `storage` and `storage_backend`, `cacheType`, `db_driver`: the value names the same thing.
        case kind
    }

    static let locationQualifiers: Set<String> = ["uri", "url", "dsn"]
    static let kindQualifiers: Set<String> = [
        "backend", "type", "kind", "mode", "driver", "engine", "class", "provider", "impl", "store",
    ]

    /// Keys whose values are secrets: never compared, so never printed.
    static let secretWords: Set<String> = [
        "password", "passwd", "pwd", "secret", "token", "key", "apikey", "credential", "credentials", "auth",
    ]

    /// Fields that describe one event, not a setting: `status_code=200` logged beside a
    /// `JSONResponse(status_code=503)` on another path, a log call's own `level`.
    static let eventWords: Set<String> = [
        "status", "code", "level", "severity", "message", "msg", "event", "method", "path", "id", "count", "result",
        "error", "err", "reason", "duration", "elapsed",
    ]

    /// How `setting` relates to the logged `logKey`, or nil when they are different settings.
    /// Qualifiers such as `host` or `name` are deliberately absent: `db="postgres"` says nothing
    /// about `db_host`.
    static func relation(logKey: String, setting: String) -> Relation? {
        relation(keyWords: IdentifierWords.split(logKey), nameWords: IdentifierWords.split(setting))
    }

    /// The same, for names already split into words (the rule splits each name once per file).
    static func relation(keyWords key: [String], nameWords name: [String]) -> Relation? {
        guard !key.isEmpty, !key.contains(where: secretWords.contains), !name.contains(where: secretWords.contains),
            !key.contains(where: eventWords.contains)
        else { return nil }
        if name == key { return .same }
        guard name.count == key.count + 1, let last = name.last, Array(name.prefix(key.count)) == key else {
            return nil
        }
        if locationQualifiers.contains(last) { return .location }
        if kindQualifiers.contains(last) { return .kind }
        return last == "enabled" ? .switch_ : nil
    }

    /// The log keys (as words) a setting could be related to: its own name, and without its
    /// qualifier (`storage_uri` → `storage`).
    static func keyForms(ofSetting name: [String]) -> [[String]] {
        guard name.count >= 2, let last = name.last,
            locationQualifiers.contains(last) || kindQualifiers.contains(last) || last == "enabled"
        else { return [name] }
        return [name, Array(name.dropLast())]
    }

    static func judge(_ logged: LiteralValue, against setting: SettingValue, relation: Relation) -> Verdict {
        switch (relation, setting) {
        case (_, .unknown): return .unknown
        case (.location, .literal(.null)): return judgeAgainstNothing(logged)
        case (.location, .literal(.string(let text))):
            if text.isEmpty { return judgeAgainstNothing(logged) }
            guard let range = text.range(of: "://") else { return .unknown }
            return judge(logged, scheme: String(text[..<range.lowerBound]))
        case (.location, _): return .unknown
        case (.switch_, .literal(.bool)): return judge(logged, against: setting)
        case (.switch_, _): return .unknown
        case (.same, _), (.kind, _): return judge(logged, against: setting)
        }
    }

    /// Compares a logged literal with a setting's value, whatever the setting's name says.
    static func judge(_ logged: LiteralValue, against setting: SettingValue) -> Verdict {
        switch setting {
        case .unknown: return .unknown
        case .constructed(let callee): return judge(logged, constructedBy: callee)
        case .literal(let literal): return judge(logged, literal: literal)
        }
    }

    static func judge(_ logged: LiteralValue, literal: LiteralValue) -> Verdict {
        switch literal {
        case .null: return judgeAgainstNothing(logged)
        case .bool(let value):
            guard let claimed = BackendWords.boolean(logged) else { return .unknown }
            return claimed == value ? .agrees : .contradicts
        case .number(let text):
            guard let value = Double(text.replacingOccurrences(of: "_", with: "")), let claimed = number(logged) else {
                return .unknown
            }
            return claimed == value ? .agrees : .contradicts
        case .string(let text):
            if text.isEmpty { return judgeAgainstNothing(logged) }
            if let range = text.range(of: "://") { return judge(logged, scheme: String(text[..<range.lowerBound])) }
            return judge(logged, word: text)
        }
    }

    /// A setting given None / null / nil: only a logged concrete backend (`"redis"`) contradicts
    /// it. `"memory"`, `"none"` or `"default"` may well be what nothing means.
    static func judgeAgainstNothing(_ logged: LiteralValue) -> Verdict {
        if case .null = logged { return .agrees }
        guard case .string(let text) = logged, let family = BackendWords.family(of: text) else { return .unknown }
        return family == BackendWords.memory ? .unknown : .contradicts
    }

    /// A URL setting (`redis://…`, `memory://`): the logged word must name the scheme's family.
    static func judge(_ logged: LiteralValue, scheme: String) -> Verdict {
        guard case .string(let text) = logged,
            let claimed = BackendWords.family(of: text),
            let configured = BackendWords.family(ofScheme: scheme)
        else { return .unknown }
        return claimed == configured ? .agrees : .contradicts
    }

    /// A word-like string setting (`"memory"`, `"strict"`, `"eu-west-1"`): the logged word must be
    /// the same (case-insensitively), or one contain the other (`"prod"` / `"production"`).
    static func judge(_ logged: LiteralValue, word: String) -> Verdict {
        guard isWordLike(word) else { return .unknown }
        let configured = word.lowercased()
        let claimed: String
        switch logged {
        case .string(let text) where isWordLike(text): claimed = text.lowercased()
        case .number(let text): claimed = text.lowercased()
        case .bool(let value): claimed = value ? "true" : "false"
        default: return .unknown
        }
        if let a = BackendWords.family(of: claimed), let b = BackendWords.family(of: configured) {
            return a == b ? .agrees : .contradicts
        }
        if let a = Double(claimed), let b = Double(configured) { return a == b ? .agrees : .contradicts }
        if claimed.contains(configured) || configured.contains(claimed) { return .agrees }
        return .contradicts
    }

    /// `MemoryStore()`, `new RedisStore(…)`, `redis.NewClient(…)`: the backend its name says.
    static func judge(_ logged: LiteralValue, constructedBy callee: [String]) -> Verdict {
        let families = Set(callee.flatMap(IdentifierWords.split).compactMap(BackendWords.family(of:)))
        guard families.count == 1, let configured = families.first, case .string(let text) = logged,
            let claimed = BackendWords.family(of: text)
        else { return .unknown }
        return claimed == configured ? .agrees : .contradicts
    }

    static func number(_ value: LiteralValue) -> Double? {
        switch value {
        case .number(let text), .string(let text): Double(text.replacingOccurrences(of: "_", with: ""))
        default: nil
        }
    }

    static func isWordLike(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.allSatisfy { $0.isLetter || $0.isNumber || "_-.:/+@".contains($0) }
    }
}
