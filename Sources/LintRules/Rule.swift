import ShipshapeCore

/// A check over the whole deployment model. Rules are stateless values; their description is
/// their documentation and, through its examples, their test.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: LintContext) -> [Finding]
}

extension Rule {
    /// A finding of this rule at its default severity.
    func finding(
        _ message: String, at location: SourceLocation, related: [Finding.Related] = [], fix: String? = nil
    ) -> Finding {
        Finding(
            ruleID: Self.description.identifier, severity: Self.description.severity, message: message,
            location: location, related: related, fix: fix)
    }
}
