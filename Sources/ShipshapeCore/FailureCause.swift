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

    /// Where the cause stands among others when several checks fail (lower is more fundamental): a
    /// daemon that does not answer explains everything after it; an OOM kill explains a failed health
    /// endpoint; a missing probe program explains an "unhealthy" status while the service answers.
    /// A switch, so a new cause cannot be added without a place here.
    public var rank: Int {
        switch self {
        case .daemonUnreachable: 0
        case .permissionDenied: 1
        case .containerNotFound: 2
        case .oomKilled: 3
        case .containerExited: 4
        case .containerNotStarted: 5
        case .containerRestarting: 6
        case .staleContainer: 7
        case .versionMismatch: 8
        case .passwordNeedsEncoding: 9
        case .dependencyAuthFailed: 10
        case .dependencyError: 11
        case .configurationMismatch: 12
        case .probeToolMissing: 13
        case .noShell: 14
        case .containerUnhealthy: 15
        case .networkIsolated: 16
        case .dnsFailure: 17
        case .connectionRefused: 18
        case .tlsError: 19
        case .notHTTP: 20
        case .timeout: 21
        case .httpStatus: 22
        case .hostRejected: 23
        case .redirect: 24
        case .conditionFailed: 25
        case .exposedPort: 26
        case .tlsCertificate: 27
        case .resourcePressure: 28
        }
    }

    /// What to do first about this cause when nothing more specific is known (a classifier or a
    /// section gives its own next step when the evidence says more). A switch, like `rank`, so a
    /// new cause cannot be added without advice.
    public var nextStep: String {
        switch self {
        case .probeToolMissing:
            "probe from outside (shipshape wait --http/--tcp), or use a program the image has"
        case .noShell: "use the exec form without a shell, or probe from outside"
        case .connectionRefused:
            "check that the service listens on that port, on 0.0.0.0 inside the container, and that the port is the one it serves"
        case .dnsFailure: "check the host name, and that the service shares a network with the one asking"
        case .tlsError:
            "check the certificate (trusted CA, host name, expiry), or that the port speaks TLS at all"
        case .timeout:
            "read the log tail: the service is slow to answer or stuck; raise the timeout only if it is slow by design"
        case .httpStatus: "read the response body and the service's log for why it refused the request"
        case .redirect: "probe the final URL, or accept the redirect status with a status condition"
        case .hostRejected:
            "allow the probe's Host header in the service's host filter (ALLOWED_HOSTS, TrustedHostMiddleware)"
        case .conditionFailed:
            "compare the evidence with the condition: the service answers, but not what the plan expects"
        case .containerNotFound: "check the service name and that `docker compose up` ran on this host"
        case .containerExited: "read the log tail for why the process stopped"
        case .containerRestarting: "read the log tail: the process keeps exiting"
        case .containerNotStarted: "fix what it waits for, then start it through compose (dependencies first)"
        case .notHTTP: "this port does not speak HTTP (a database or cache): probe it with tcp instead"
        case .containerUnhealthy:
            "read the healthcheck's output: docker inspect --format '{{json .State.Health}}' CONTAINER"
        case .daemonUnreachable: "check the daemon: `systemctl status docker`, `journalctl -u docker`"
        case .permissionDenied: "run as a user in the docker group, or point DOCKER_HOST at a daemon you may use"
        case .versionMismatch: "check that the deploy replaced the container, and that the image reports its version"
        case .staleContainer:
            "recreate the container so it runs the current image (docker compose up -d --force-recreate)"
        case .oomKilled: "raise the memory limit or find what uses the memory"
        case .resourcePressure: "raise the limit or find what uses it"
        case .exposedPort: "publish it on 127.0.0.1 only, or not at all: services reach it on the compose network"
        case .networkIsolated: "put both services on a shared network, or correct the host name"
        case .configurationMismatch: "compare the logged configuration with the environment the plan expects"
        case .tlsCertificate: "renew the certificate (certbot renew, or check the ACME client's logs)"
        case .dependencyAuthFailed: "give the service the credentials its dependency expects (they differ now)"
        case .passwordNeedsEncoding: "percent-encode reserved characters in the URL (# as %23, @ as %40, / as %2F)"
        case .dependencyError: "read the dependency's own log: it answered with an error"
        }
    }
}
