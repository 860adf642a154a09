import ShipshapeCore

/// One check of a running stack: a status, a classified cause, the evidence and a next step.
///
/// Every text is passed through `SecretMasker` when the value is made, so no reporter can print
/// a password from an environment variable or a connection URL.
public struct DiagnosisCheck: Sendable, Hashable, Codable {
    public var section: DiagnosisSection
    /// The service, container or URL checked (`backend`).
    public var subject: String
    /// What was checked (`state`, `health`, `tool curl`, `GET /health`).
    public var name: String
    public var status: DiagnosisStatus
    /// Why it failed or warns; nil when it passed.
    public var cause: FailureCause?
    /// One sentence for people.
    public var message: String
    public var evidence: [CheckResult.Evidence]
    public var nextStep: String?
    /// Commands that take the next step or look closer (`docker logs --tail 100 web-1`).
    public var commands: [String]
    public var durationMilliseconds: Int

    public init(
        section: DiagnosisSection, subject: String, name: String, status: DiagnosisStatus, cause: FailureCause? = nil,
        message: String, evidence: [CheckResult.Evidence] = [], nextStep: String? = nil, commands: [String] = [],
        durationMilliseconds: Int = 0
    ) {
        self.section = section
        self.subject = SecretMasker.masking(subject)
        self.name = SecretMasker.masking(name)
        self.status = status
        self.cause = cause
        self.message = SecretMasker.masking(message)
        self.evidence = evidence.map { CheckResult.Evidence($0.label, SecretMasker.masking($0.detail)) }
        self.nextStep = nextStep.map(SecretMasker.masking)
        self.commands = commands.map(SecretMasker.masking)
        self.durationMilliseconds = durationMilliseconds
    }

    /// A passing check.
    public static func pass(
        _ section: DiagnosisSection, _ subject: String, _ name: String, _ message: String,
        evidence: [CheckResult.Evidence] = []
    ) -> DiagnosisCheck {
        DiagnosisCheck(
            section: section, subject: subject, name: name, status: .pass, message: message, evidence: evidence)
    }

    /// A check that did not apply.
    public static func skip(_ section: DiagnosisSection, _ subject: String, _ name: String, _ message: String)
        -> DiagnosisCheck
    {
        DiagnosisCheck(section: section, subject: subject, name: name, status: .skip, message: message)
    }
}
