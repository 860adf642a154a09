/// One problem found in a repository: a value, never an error.
public struct Finding: Sendable, Hashable, Codable {
    /// A location in another file (or elsewhere in this one) that explains the finding.
    public struct Related: Sendable, Hashable, Codable {
        public var location: SourceLocation
        public var message: String

        public init(_ location: SourceLocation, _ message: String) {
            self.location = location
            self.message = message
        }
    }

    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var related: [Related]
    /// A concrete change that makes the finding go away.
    public var fix: String?

    public init(
        ruleID: String, severity: Severity, message: String, location: SourceLocation,
        related: [Related] = [], fix: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.related = related
        self.fix = fix
    }
}

extension Finding: Comparable {
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.location, lhs.ruleID, lhs.message) < (rhs.location, rhs.ruleID, rhs.message)
    }
}
