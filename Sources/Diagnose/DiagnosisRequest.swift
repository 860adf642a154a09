import Plan

/// What to diagnose and how: the scope (a compose project and/or a plan) and the limits.
public struct DiagnosisRequest: Sendable {
    /// A compose project: every container with its label, running or stopped.
    public var project: String?
    /// Targets, endpoints, log-event expectations and smoke tests (may be empty).
    public var plan: Plan
    /// A label for the report (`plan shipshape.yml`).
    public var planName: String?
    /// The commit that should be running (`--expect-version`).
    public var expectVersion: String?
    /// How far back the logs are read (`--logs-since 15m`).
    public var logsSinceMilliseconds: Int
    /// The limit for each check; a check that takes longer fails with cause `timeout`.
    public var checkTimeoutMilliseconds: Int

    public init(
        project: String? = nil, plan: Plan = Plan(targets: []), planName: String? = nil, expectVersion: String? = nil,
        logsSinceMilliseconds: Int = 15 * 60_000, checkTimeoutMilliseconds: Int = 5_000
    ) {
        self.project = project
        self.plan = plan
        self.planName = planName
        self.expectVersion = expectVersion
        self.logsSinceMilliseconds = logsSinceMilliseconds
        self.checkTimeoutMilliseconds = checkTimeoutMilliseconds
    }

    /// `project onquota`, `plan shipshape.yml`, or both.
    var scope: String {
        [project.map { "project \($0)" }, planName.map { "plan \($0)" }].compactMap { $0 }.joined(separator: ", ")
    }
}
