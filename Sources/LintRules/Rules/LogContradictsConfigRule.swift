import DeployModel
import ShipshapeCore
import SourceSyntax

/// A log call that states a setting as a literal while the same function configures that setting
/// to something else — the incident's `storage="redis"` logged right after `storage_uri=None`.
struct LogContradictsConfigRule: Rule {
    static let description = RuleDescription(
        identifier: "log-contradicts-config",
        name: "Log line contradicts the configuration next to it",
        summary:
            "A log call states a setting as a literal (`storage=\"redis\"`) in the same function that configures it otherwise (`storage_uri=None`).",
        rationale: """
            In the incident the rate limiter logged `storage="redis"` for weeks after the code beside it had \
            switched to in-memory storage (`storage_uri=None`). Everyone reading the logs concluded the old \
            image was still running, and the real failure (a probe tool missing from the image) stayed hidden. \
            A log line that spells a setting as a literal drifts from the code as soon as the code changes. \
            This rule reads Python, JavaScript/TypeScript and Go sources (tests excluded) and reports a log \
            call whose literal value for a setting (keyword argument, object entry, key/value pair, zap/slog \
            field, or `key=value` in the message) contradicts the value the same function gives that setting \
            before the log line (`storage_uri`, `storageBackend`, `Storage:` all count as `storage`). It \
            reports only what it can prove from the text: a setting computed at run time, set differently on \
            two branches, set only after the log line or in another function or callback, or logged from a \
            variable is never reported, nor are per-event fields (`status`, `level`, `method`) or secrets. Fix: log the value in use (`storage=limiter_storage`) rather \
            than a literal, or correct the literal. The rule is opt-in: enable it with \
            `enabled_rules: [log-contradicts-config]` in .shipshape.yml or `--enable log-contradicts-config`; \
            only then are source files read.
            """,
        severity: .note,
        isOptIn: true,
        nonTriggering: LogContradictsConfigExamples.nonTriggering,
        triggering: LogContradictsConfigExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        context.model.applicationSources.flatMap(check)
    }

    /// A name set this many times in one scope is no simple setting; it is skipped, which also
    /// bounds the work per log call.
    static let maximumAssignments = 64

    func check(_ facts: SourceFacts) -> [Finding] {
        var words: [String: [String]] = [:]
        for name in Set(facts.settings.map(\.name) + facts.claims.map(\.key)) {
            words[name] = IdentifierWords.split(name)
        }
        // Settings by scope and by the log key they could stand for (`storage_uri` under `storage`
        // and `storage_uri`), so each log call looks at its candidates only.
        var candidates: [CandidateKey: [SettingAssignment]] = [:]
        for setting in facts.settings {
            for key in LoggedSetting.keyForms(ofSetting: words[setting.name] ?? []) {
                candidates[CandidateKey(scope: setting.scope, words: key), default: []].append(setting)
            }
        }
        return facts.claims.compactMap { claim in
            let keyWords = words[claim.key] ?? []
            guard claim.scope != SourceScopes.none,
                let settings = candidates[CandidateKey(scope: claim.scope, words: keyWords)],
                settings.count <= Self.maximumAssignments
            else { return nil }
            return check(claim, keyWords: keyWords, candidates: settings, words: words, in: facts)
        }
    }

    struct CandidateKey: Hashable {
        let scope: Int
        let words: [String]
    }

    func check(
        _ claim: LogClaim, keyWords: [String], candidates: [SettingAssignment], words: [String: [String]],
        in facts: SourceFacts
    ) -> Finding? {
        // Only what is configured before the log line: a log that narrates a state the code then
        // changes is telling the truth at the time it runs.
        let matching = candidates.compactMap { setting -> (SettingAssignment, LoggedSetting.Relation)? in
            guard setting.location.start < claim.location.start,
                let relation = LoggedSetting.relation(keyWords: keyWords, nameWords: words[setting.name] ?? [])
            else { return nil }
            return (setting, relation)
        }
        guard !matching.isEmpty else { return nil }
        // Every name must be given one value throughout the function (two branches setting it two
        // ways are not something text can settle), and every one must contradict the log.
        for (_, group) in Dictionary(grouping: matching, by: { $0.0.name }) {
            guard Set(group.map(\.0.value)).count == 1, let (setting, relation) = group.first,
                LoggedSetting.judge(claim.value, against: setting.value, relation: relation) == .contradicts
            else { return nil }
        }
        guard let setting = matching.last?.0 else { return nil }
        let place = facts.scopes[claim.scope].name.map { "in \($0)()" } ?? "in the same scope"
        let message =
            "log states \(claim.key)=\(Self.describe(claim.value, in: facts.language)) but \(setting.name) is set to "
            + "\(Self.describe(setting.value, in: facts.language)) on line \(setting.location.line) \(place); "
            + "readers of this log will believe a configuration that is not running"
        return finding(
            message, at: claim.location,
            related: [Finding.Related(setting.location, "\(setting.name) is configured here")],
            fix: "log the value in use (\(claim.key)=<the value given to \(setting.name)>) instead of a literal, "
                + "or correct the literal")
    }

    /// A value as the file's language spells it (`False` in Python), secrets masked.
    static func describe(_ value: LiteralValue, in language: SourceLanguage) -> String {
        if case .bool(let flag) = value, language == .python { return flag ? "True" : "False" }
        return SecretMasker.masking(value.description)
    }

    static func describe(_ value: SettingValue, in language: SourceLanguage) -> String {
        switch value {
        case .literal(let literal): describe(literal, in: language)
        case .constructed(let callee): callee.joined(separator: ".") + "(…)"
        case .unknown: "an expression"
        }
    }
}
