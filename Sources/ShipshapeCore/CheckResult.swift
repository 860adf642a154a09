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

/// Why a check failed, as a stable code for JSON output and dashboards.
public enum FailureCause: String, Sendable, Hashable, Codable, CaseIterable {
    /// The program an exec probe runs is not in the image ("executable file not found", exit 126/127).
    case probeToolMissing = "probe-tool-missing"
    /// A shell command was asked for, but the image has no `/bin/sh`.
    case noShell = "no-shell"
    case connectionRefused = "connection-refused"
    case dnsFailure = "dns-failure"
    /// The TLS handshake failed: an untrusted, expired or mismatched certificate, or no TLS at all.
    case tlsError = "tls-error"
    case timeout
    /// An HTTP status outside the accepted set (the message carries status and a body excerpt).
    case httpStatus = "http-status"
    case redirect
    /// 400/403/421 that look like a host filter (`ALLOWED_HOSTS`, `TrustedHostMiddleware`).
    case hostRejected = "host-rejected"
    /// A body, header or timing condition did not hold.
    case conditionFailed = "condition-failed"
    case containerNotFound = "container-not-found"
    /// The container stopped (exit code, OOM kill).
    case containerExited = "container-exited"
    case containerRestarting = "container-restarting"
    /// The container was created but never started, and nothing will start it (a dependency failed,
    /// or `docker compose up` gave up).
    case containerNotStarted = "container-not-started"
    /// The port accepted the connection but did not answer HTTP (a database or cache port probed with HTTP).
    case notHTTP = "not-http"
    /// The container's own healthcheck reports unhealthy.
    case containerUnhealthy = "container-unhealthy"
    case daemonUnreachable = "daemon-unreachable"
    case permissionDenied = "permission-denied"
    /// Healthy, but not the version that was expected.
    case versionMismatch = "version-mismatch"
    /// The container runs an older image than the tag now points at (not recreated).
    case staleContainer = "stale-container"
    /// The kernel killed the container for exceeding its memory limit.
    case oomKilled = "oom-killed"
    /// Memory or CPU use close to the container's limit.
    case resourcePressure = "resource-pressure"
    /// A database, cache or broker port published on every interface (0.0.0.0 / ::).
    case exposedPort = "exposed-port"
    /// A dependency named in the environment is not on any network the service shares.
    case networkIsolated = "network-isolated"
    /// What the service logged about its configuration differs from what the plan expects.
    case configurationMismatch = "configuration-mismatch"
    /// The TLS certificate is invalid, untrusted or about to expire.
    case tlsCertificate = "tls-certificate"
    /// A dependency (Redis, PostgreSQL) refused the credentials the service is configured with.
    case dependencyAuthFailed = "dependency-auth-failed"
    /// A connection URL holds reserved characters in its password that a strict client misreads.
    case passwordNeedsEncoding = "password-needs-encoding"
    /// A dependency answered with an error or not in its protocol.
    case dependencyError = "dependency-error"
}
