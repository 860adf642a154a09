import ShipshapeCore

/// Counts, the likely root cause, and the next steps ranked most likely first.
public struct DiagnosisSummary: Sendable, Hashable, Codable {
    /// One thing to do, with the commands that do it or look closer.
    public struct NextStep: Sendable, Hashable, Codable {
        public var cause: FailureCause?
        public var subject: String
        /// What was found (the failing check's message).
        public var finding: String
        /// What to do about it.
        public var action: String
        public var commands: [String]
    }

    public var passed: Int
    public var warnings: Int
    public var failures: Int
    public var skipped: Int
    /// The failing (else warning) check most likely to explain the others.
    public var rootCause: DiagnosisCheck?
    /// One step per distinct problem, most likely root cause first.
    public var nextSteps: [NextStep]

    public init(checks: [DiagnosisCheck], host: String) {
        passed = checks.filter { $0.status == .pass }.count
        warnings = checks.filter { $0.status == .warn }.count
        failures = checks.filter { $0.status == .fail }.count
        skipped = checks.filter { $0.status == .skip }.count
        let ranked = RootCauseRanker.rank(checks)
        rootCause = ranked.first
        var seen: Set<String> = []
        nextSteps = ranked.compactMap { check in
            let key = "\(check.cause?.rawValue ?? check.name)|\(check.subject)"
            guard seen.insert(key).inserted else { return nil }
            return NextStep(
                cause: check.cause, subject: check.subject, finding: check.message,
                action: check.nextStep ?? "look at the evidence of \(check.section.title.lowercased()) › \(check.name)",
                commands: check.commands.map { RootCauseRanker.onHost($0, host: host) })
        }
    }
}
