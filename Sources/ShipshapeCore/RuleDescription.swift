/// What a rule is, in words and examples. Rules are data: the description is also their documentation
/// (`shipshape rules ID`) and, through its examples, their test.
public struct RuleDescription: Sendable, Hashable {
    /// Stable kebab-case identifier used in SARIF, configuration and ignore pragmas.
    public let identifier: String
    public let name: String
    /// One sentence: what the rule finds.
    public let summary: String
    /// Why it matters and how to fix it; shown by `shipshape rules ID`.
    public let rationale: String
    public let severity: Severity
    /// Rules that are off unless a configuration enables them.
    public let isOptIn: Bool
    public let nonTriggering: [Example]
    public let triggering: [Example]

    public init(
        identifier: String, name: String, summary: String, rationale: String, severity: Severity,
        isOptIn: Bool = false, nonTriggering: [Example] = [], triggering: [Example] = []
    ) {
        self.identifier = identifier
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.severity = severity
        self.isOptIn = isOptIn
        self.nonTriggering = nonTriggering
        self.triggering = triggering
    }
}
