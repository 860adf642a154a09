import SourceSyntax
import Testing

@testable import LintRules

/// The judgement behind log-contradicts-config: which names are the same setting, and which
/// logged literals contradict which configured values. Unknown must never become a contradiction.
@Suite struct LoggedSettingTests {
    @Test(arguments: [
        ("storage", "storage", LoggedSetting.Relation.same),
        ("storage", "STORAGE", .same),
        ("storage", "storage_uri", .location),
        ("storage", "storageURL", .location),
        ("cache", "cacheBackend", .kind),
        ("db", "db_driver", .kind),
        ("cache", "cache_enabled", .switch_),
    ])
    func relatedNames(key: String, setting: String, relation: LoggedSetting.Relation) {
        #expect(LoggedSetting.relation(logKey: key, setting: setting) == relation)
    }

    @Test(arguments: [
        ("db", "db_host"), ("user", "user_name"), ("storage", "storage_uri_fallback"),
        ("password", "password"), ("redis", "redis_token"), ("storage", "backup_storage"),
    ])
    func unrelatedNamesAndSecrets(key: String, setting: String) {
        #expect(LoggedSetting.relation(logKey: key, setting: setting) == nil)
    }

    static let cases: [(LiteralValue, SettingValue, LoggedSetting.Relation, LoggedSetting.Verdict)] = [
        // The incident and its fix.
        (.string("redis"), .literal(.null(spelling: "None")), .location, .contradicts),
        (.string("memory"), .literal(.null(spelling: "None")), .location, .unknown),
        (.string("default"), .literal(.null(spelling: "None")), .location, .unknown),
        // URLs by scheme family.
        (.string("redis"), .literal(.string("rediss://:pw@cache:6380/0")), .location, .agrees),
        (.string("postgres"), .literal(.string("postgresql+asyncpg://db/app")), .location, .agrees),
        (.string("mongo"), .literal(.string("mongodb+srv://cluster/app")), .location, .agrees),
        (.string("redis"), .literal(.string("memory://")), .location, .contradicts),
        (.string("redis"), .literal(.string("unix:///run/redis.sock")), .location, .unknown),
        (.string("redis"), .literal(.string("localhost:6379")), .location, .unknown),
        (.string("redis"), .constructed(callee: ["RedisStore"]), .location, .unknown),
        // Words, numbers and booleans.
        (.string("prod"), .literal(.string("production")), .same, .agrees),
        (.string("EU-WEST-1"), .literal(.string("eu-west-1")), .same, .agrees),
        (.string("lenient"), .literal(.string("strict")), .kind, .contradicts),
        (.string("redis"), .literal(.string("Redis")), .same, .agrees),
        (.string("a message with spaces"), .literal(.string("strict")), .same, .unknown),
        (.number("8"), .literal(.number("4")), .same, .contradicts),
        (.string("4"), .literal(.number("4")), .same, .agrees),
        (.string("5s"), .literal(.number("5")), .same, .unknown),
        (.string("on"), .literal(.bool(false)), .switch_, .contradicts),
        (.bool(true), .literal(.bool(true)), .same, .agrees),
        (.string("redis"), .literal(.bool(false)), .switch_, .unknown),
        (.string("redis"), .literal(.string("memory")), .switch_, .unknown),
        // Constructors by the backend their name says.
        (.string("redis"), .constructed(callee: ["MemoryStore"]), .same, .contradicts),
        (.string("redis"), .constructed(callee: ["redis", "NewClient"]), .same, .agrees),
        (.string("redis"), .constructed(callee: ["rateLimit"]), .same, .unknown),
        (.string("redis"), .constructed(callee: ["RedisMemoryBridge"]), .same, .unknown),
        (.string("redis"), .unknown, .same, .unknown),
    ]

    @Test func verdicts() {
        for (logged, setting, relation, expected) in Self.cases {
            let verdict = LoggedSetting.judge(logged, against: setting, relation: relation)
            #expect(verdict == expected, "\(logged) vs \(setting) (\(relation))")
        }
    }
}
