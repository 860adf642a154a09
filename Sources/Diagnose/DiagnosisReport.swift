import ShipshapeCore

/// Everything `shipshape diagnose` found, in section order, with the ranked summary.
public struct DiagnosisReport: Sendable, Hashable, Codable {
    /// What was diagnosed: `project onquota`, `plan shipshape.yml`.
    public var scope: String
    /// The Docker host (`unix:///var/run/docker.sock`, `ssh://root@host`).
    public var host: String
    public var checks: [DiagnosisCheck]
    public var summary: DiagnosisSummary
    /// Sections left out, with the reason (`dependencies`: "module not available").
    public var omitted: [String: String]
    public var elapsedMilliseconds: Int

    public init(
        scope: String, host: String, checks: [DiagnosisCheck], omitted: [String: String] = [:], elapsedMilliseconds: Int
    ) {
        self.scope = scope
        self.host = host
        self.checks = checks.sorted { ($0.section, $0.subject) < ($1.section, $1.subject) }
        self.summary = DiagnosisSummary(checks: checks, host: host)
        self.omitted = omitted
        self.elapsedMilliseconds = elapsedMilliseconds
    }

    /// True when no check failed (warnings do not fail a diagnosis).
    public var passed: Bool { !checks.contains { $0.status == .fail } }

    /// The checks of one section, in report order.
    public func checks(in section: DiagnosisSection) -> [DiagnosisCheck] { checks.filter { $0.section == section } }

    /// The sections that have checks, in order.
    public var sections: [DiagnosisSection] {
        DiagnosisSection.allCases.filter { section in checks.contains { $0.section == section } }
    }
}
