import Plan
import ShipshapeCore

/// Reads `shipshape.yml`, the plan `shipshape wait` (and later verify, diagnose, deploy) follows.
///
/// ```yaml
/// version: 1
/// defaults:                 # all optional
///   timeout: 90s            # overall deadline per target
///   attempt-timeout: 5s     # each probe attempt
///   interval: 100ms         # first pause; grows by `backoff` up to max-interval
///   max-interval: 250ms
///   backoff: 1.5
///   jitter: 0.1
///   start-period: 0s        # failures during this period do not count
///   successes: 1            # consecutive passes needed
/// targets:
///   backend:
///     container: onquota-backend   # or service: backend (+ project: onquota) | project: onquota | url: https://…
///     http:                        # or a list of them, or text: `:8000/health`
///       port: 8000
///       path: /api/v1/health
///       expect:                    # all must hold; default status 2xx
///         - status: 200
///         - json: $.status == "healthy"
///     tcp: 5432                    # or a list of ports
///     exec: "pg_isready -U app"    # shell text; a list is argv; a mapping adds success-codes;
///                                  # a list of mappings is several exec probes
///     docker-health: true
///     expect-version: ${GIT_SHA}   # version-fields: [version, commit]
///     expect-image: ghcr.io/org/backend:latest
///     timeout: 120s                # any `defaults` key overrides them for this target
///     public-url: https://api.example.com/health   # diagnose: checked from here, with TLS
///     log-events:                  # diagnose: what the latest such event must say
///       - event: rate_limiting_configured
///         expect: [json: $.storage == "memory"]
/// smoke-tests:                     # diagnose: requests and the answers they must get
///   login-wrong-password:
///     target: backend              # or url: https://…
///     method: POST
///     path: /api/v1/auth/login
///     body: '{"email":"nobody@example.test","password":"wrong"}'
///     expect: [status: 401,422]
///     cors: {origin: https://app.example.com, method: POST, credentials: true}
/// deploy:                          # deploy: soak, successes, keep; per service also strategy
///   services:                      # and a pre-cutover command (docs/deploy.md)
///     backend: {strategy: stop-first, pre-cutover: ["./migrate"]}
/// notify:                          # deploy/rollback: webhooks called with the outcome
///   - url: ${DEPLOY_WEBHOOK_URL}
///     format: slack                # json | slack | discord
/// ```
///
/// Values may use `${VAR}`, `${VAR:-default}` and `${VAR:?message}` from `environment`; `$$` is `$`.
/// Unknown keys, wrong types and unset required variables are errors at `file:line:col`.
/// The full reference is `docs/plan.md`.
public enum PlanFileParser {
    static let topKeys = [
        "version", "defaults", "targets", "smoke-tests", "external-dependencies", "notify", "deploy",
    ]

    /// Parses the plan file text read from `path` (used in error locations).
    public static func parse(text: String, path: String, environment: [String: String]) throws -> Plan {
        let reader = PlanReader(path: path)
        let loader = PlanYAMLLoader(path: path, environment: environment)
        guard let root = try loader.load(text) else {
            throw reader.fail(
                SourcePosition(line: 1, column: 1), "", "the plan is empty; expected `version: 1` and `targets:`")
        }
        let pairs = try reader.mapping(root, "")
        try reader.checkKeys(pairs, allowed: topKeys, "")
        if let version = pairs.last(where: { $0.key == "version" })?.value {
            _ = try reader.int(version, "version", what: "version 1", in: 1...1)
        }
        var defaults = Timing()
        if let node = pairs.last(where: { $0.key == "defaults" })?.value {
            let timingPairs = try reader.mapping(node, "defaults")
            try reader.checkKeys(timingPairs, allowed: TimingKeys.all, "defaults")
            defaults = try TimingKeys.read(timingPairs, base: defaults, reader: reader, keyPath: "defaults")
        }
        var targets: [TargetSpec] = []
        if let node = pairs.last(where: { $0.key == "targets" })?.value, !isNull(node) {
            let targetReader = TargetReader(reader: reader, defaults: defaults)
            for pair in try reader.mapping(node, "targets") {
                targets.append(try targetReader.read(pair))
            }
        }
        var smokeTests: [SmokeTest] = []
        if let node = pairs.last(where: { $0.key == "smoke-tests" })?.value {
            smokeTests = try DiagnoseKeysReader(reader: reader).smokeTests(node, targets: targets)
        }
        var external: [ExternalDependency] = []
        if let node = pairs.last(where: { $0.key == "external-dependencies" })?.value, !isNull(node) {
            external = try DiagnoseKeysReader(reader: reader).externalDependencies(node)
        }
        var notify: [Webhook] = []
        if let node = pairs.last(where: { $0.key == "notify" })?.value {
            notify = try NotifyKeysReader(reader: reader).webhooks(node)
        }
        var deploy = DeploySection()
        if let node = pairs.last(where: { $0.key == "deploy" })?.value {
            deploy = try DeployKeysReader(reader: reader).section(node)
        }
        return Plan(
            targets: targets, defaults: defaults, smokeTests: smokeTests, externalDependencies: external,
            notify: notify, deploy: deploy)
    }

    static func isNull(_ node: PlanNode) -> Bool {
        if case .scalar(_, true, _) = node { return true }
        return false
    }
}
