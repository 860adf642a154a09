import Plan

/// Everything `shipshape deploy` / `rollback` was asked to do.
public struct DeployRequest: Sendable {
    public var services: [String]
    public var compose: ComposeRunner
    /// A parsed plan (`--plan`); nil derives each service's probe as `shipshape init` does.
    public var plan: Plan?
    /// Parsed compose files for deriving probes when there is no plan.
    public var revision: String?
    public var soakMilliseconds: Int
    public var successes: Int
    /// Gate deadline per service; nil keeps the plan's (90 s by default).
    public var timeoutMilliseconds: Int?
    public var dryRun: Bool
    public var waitLockMilliseconds: Int?
    public var lockTTLMilliseconds: Int
    public var keep: Int
    public var stopGraceSeconds: Int
    public var environment: [String: String]
    /// The plan's `deploy:` section (strategy, keep and pre-cutover per service).
    public var section: DeploySection
    /// Free space left on the Docker host's data root after the new images (preflight).
    public var minimumFreeDiskBytes: Int64 = 1 << 30
    /// Who deploys, when the caller already looked it up (`Identity.user`, a `git` process, run beside
    /// `docker compose config`); nil looks it up during the preflight.
    public var user: String?

    public init(
        services: [String], compose: ComposeRunner, plan: Plan?, revision: String?, soakMilliseconds: Int,
        successes: Int, timeoutMilliseconds: Int?, dryRun: Bool, waitLockMilliseconds: Int?,
        lockTTLMilliseconds: Int, keep: Int, stopGraceSeconds: Int, environment: [String: String],
        section: DeploySection = DeploySection()
    ) {
        self.section = section
        self.services = services
        self.compose = compose
        self.plan = plan
        self.revision = revision
        self.soakMilliseconds = soakMilliseconds
        self.successes = successes
        self.timeoutMilliseconds = timeoutMilliseconds
        self.dryRun = dryRun
        self.waitLockMilliseconds = waitLockMilliseconds
        self.lockTTLMilliseconds = lockTTLMilliseconds
        self.keep = keep
        self.stopGraceSeconds = stopGraceSeconds
        self.environment = environment
    }
}
