/// What to check after a deploy: targets, how to probe them, what counts as healthy, and for how long.
///
/// One plan model serves `wait` today and `verify`, `diagnose`, `deploy` and `serve` later. A plan
/// is written by hand (`shipshape.yml`), generated from compose files (`shipshape init`), or built
/// from command-line flags for one-off use.
public struct Plan: Sendable, Hashable, Codable {
    public var targets: [TargetSpec]
    /// Timing used by targets that do not set their own.
    public var defaults: Timing
    /// Requests `shipshape diagnose` sends, with the outcomes they must get.
    public var smokeTests: [SmokeTest]
    /// Addresses outside the stack that `diagnose` may contact with the services' credentials.
    public var externalDependencies: [ExternalDependency]
    /// Webhooks `deploy` and `rollback` call with their outcome.
    public var notify: [Webhook]
    /// How `deploy` treats each service: soak, successes, strategy, keep, pre-cutover hook.
    public var deploy: DeploySection

    public init(
        targets: [TargetSpec], defaults: Timing = Timing(), smokeTests: [SmokeTest] = [],
        externalDependencies: [ExternalDependency] = [], notify: [Webhook] = [], deploy: DeploySection = DeploySection()
    ) {
        self.targets = targets
        self.defaults = defaults
        self.smokeTests = smokeTests
        self.externalDependencies = externalDependencies
        self.notify = notify
        self.deploy = deploy
    }
}

/// One thing to wait for: a container, a compose service or project, or a URL.
public struct TargetSpec: Sendable, Hashable, Codable {
    public enum Reference: Sendable, Hashable, Codable {
        /// A container name or ID.
        case container(String)
        /// A compose service, found by its `com.docker.compose.service` label (and project, when given).
        case composeService(service: String, project: String?)
        /// Every service of a compose project that has a healthcheck or a port.
        case composeProject(String)
        /// A URL probed from where Shipshape runs.
        case url(String)
    }

    /// The name shown in output (`backend`).
    public var name: String
    public var reference: Reference
    /// Probes that must all pass. Empty means a default chosen at run time: the container's own
    /// healthcheck when it has one, else HTTP on its only port, else "running".
    public var probes: [ProbeSpec]
    public var expectations: [Expectation]
    /// Overrides the plan's defaults.
    public var timing: Timing?
    /// The public URL of this service (`https://api.example.com/health`), checked from where
    /// Shipshape runs by `diagnose`: status, time, redirects and the TLS certificate.
    public var publicURL: String?
    /// What the service's latest log events must say (`diagnose`).
    public var logEvents: [LogEventExpectation]

    public init(
        name: String, reference: Reference, probes: [ProbeSpec] = [], expectations: [Expectation] = [],
        timing: Timing? = nil, publicURL: String? = nil, logEvents: [LogEventExpectation] = []
    ) {
        self.name = name
        self.reference = reference
        self.probes = probes
        self.expectations = expectations
        self.timing = timing
        self.publicURL = publicURL
        self.logEvents = logEvents
    }
}

/// How to check a target once.
public enum ProbeSpec: Sendable, Hashable, Codable {
    case http(HTTPProbeSpec)
    /// A TCP connect to the container's port (or the URL target's host and port).
    case tcp(port: Int)
    /// A command run inside the container through the Engine API (last resort: it depends on the image).
    case exec(ExecProbeSpec)
    /// The container's own Docker health status (`healthy`).
    case dockerHealth
}

/// An HTTP(S) request and the conditions its response must meet.
public struct HTTPProbeSpec: Sendable, Hashable, Codable {
    /// The container port to reach (`:8000` in `--http :8000/health`); nil for URL targets.
    public var port: Int?
    /// Path and query (`/api/v1/health`); for URL targets the whole URL.
    public var path: String
    public var method: String
    public var headers: [String: String]
    public var scheme: String
    /// All must hold; empty means "status 2xx".
    public var conditions: [Condition]

    public init(
        port: Int?, path: String, method: String = "GET", headers: [String: String] = [:], scheme: String = "http",
        conditions: [Condition] = []
    ) {
        self.port = port
        self.path = path
        self.method = method
        self.headers = headers
        self.scheme = scheme
        self.conditions = conditions
    }
}

/// A command to run inside the container.
public struct ExecProbeSpec: Sendable, Hashable, Codable {
    /// argv; a single shell string is `["/bin/sh", "-c", string]`.
    public var command: [String]
    /// Exit codes that count as healthy (default: 0).
    public var successCodes: Set<Int>

    public init(command: [String], successCodes: Set<Int> = [0]) {
        self.command = command
        self.successCodes = successCodes
    }

    /// A shell command line run through `/bin/sh -c`.
    public static func shell(_ line: String) -> ExecProbeSpec { ExecProbeSpec(command: ["/bin/sh", "-c", line]) }
}
