/// What `.shipshape.yml` says: which rules run, at what severity, and which paths are skipped.
public struct Configuration: Sendable, Hashable {
    /// Rules turned off.
    public var disabledRules: Set<String>
    /// Opt-in rules turned on.
    public var enabledRules: Set<String>
    /// Severity per rule, replacing the rule's default.
    public var severities: [String: Severity]
    /// Glob patterns (`legacy/**`, `*.bak`) of paths not linted.
    public var ignorePaths: [String]

    public init(
        disabledRules: Set<String> = [], enabledRules: Set<String> = [], severities: [String: Severity] = [:],
        ignorePaths: [String] = []
    ) {
        self.disabledRules = disabledRules
        self.enabledRules = enabledRules
        self.severities = severities
        self.ignorePaths = ignorePaths
    }

    /// Whether a rule runs: opt-in rules only when enabled, any rule unless disabled.
    public func isEnabled(_ rule: RuleDescription) -> Bool {
        if disabledRules.contains(rule.identifier) { return false }
        return !rule.isOptIn || enabledRules.contains(rule.identifier)
    }

    public func severity(of finding: Finding) -> Severity { severities[finding.ruleID] ?? finding.severity }
}
