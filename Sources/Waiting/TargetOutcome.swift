import Probes
import ShipshapeCore

/// How one target ended, with the evidence people need when it failed.
public struct TargetOutcome: Sendable, Codable {
    public var name: String
    /// healthy / unhealthy.
    public var status: CheckResult.Status
    /// Why it failed (the last attempt's, or the fail-fast reason).
    public var cause: FailureCause?
    public var attempts: Int
    public var elapsedMilliseconds: Int
    /// The last attempt's result per probe.
    public var results: [CheckResult]
    /// A conclusion drawn from several observations (the "seed verdict").
    public var verdict: String?
    public var versionSignals: [VersionSignal]
    /// The last entries of the container's own healthcheck log.
    public var healthLog: [String]
    /// The last log lines (on failure); secrets are masked by the CLI.
    public var logTail: [String]
    /// How the target was reached: "published port 127.0.0.1:49153", "container address 172.17.0.5:8000", …
    public var probeRoute: String?
    /// What people must know beyond the results: the default probe chosen, a version check skipped
    /// for a third-party image, a wait that stopped early and why.
    public var notes: [String]

    public init(
        name: String, status: CheckResult.Status, cause: FailureCause? = nil, attempts: Int = 0,
        elapsedMilliseconds: Int = 0, results: [CheckResult] = [], verdict: String? = nil,
        versionSignals: [VersionSignal] = [], healthLog: [String] = [], logTail: [String] = [],
        probeRoute: String? = nil, notes: [String] = []
    ) {
        self.name = name
        self.status = status
        self.cause = cause
        self.attempts = attempts
        self.elapsedMilliseconds = elapsedMilliseconds
        self.results = results
        self.verdict = verdict
        self.versionSignals = versionSignals
        self.healthLog = healthLog
        self.logTail = logTail
        self.probeRoute = probeRoute
        self.notes = notes
    }
}
