/// The outcome of one check of a running target: a value with a status, a classified cause, the
/// evidence (what was tried, what was seen) and a suggested next step. Reporters and, later, the
/// dashboard store these.
public struct CheckResult: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case healthy
        case unhealthy
    }

    /// One thing tried or seen: `("request", "GET http://127.0.0.1:8000/health")`, `("stderr", "...")`.
    public struct Evidence: Sendable, Hashable, Codable {
        public var label: String
        public var detail: String

        public init(_ label: String, _ detail: String) {
            self.label = label
            self.detail = detail
        }
    }

    /// The target's display name.
    public var target: String
    /// What was checked: `http :8000/api/v1/health`, `exec wget -q -O- ...`, `docker health`.
    public var check: String
    public var status: Status
    /// Why it failed; nil when healthy.
    public var cause: FailureCause?
    /// One sentence for people; secrets masked by reporters.
    public var message: String
    public var evidence: [Evidence]
    public var nextStep: String?
    public var durationMilliseconds: Int

    public init(
        target: String, check: String, status: Status, cause: FailureCause? = nil, message: String,
        evidence: [Evidence] = [], nextStep: String? = nil, durationMilliseconds: Int = 0
    ) {
        self.target = target
        self.check = check
        self.status = status
        self.cause = cause
        self.message = message
        self.evidence = evidence
        self.nextStep = nextStep
        self.durationMilliseconds = durationMilliseconds
    }
}
