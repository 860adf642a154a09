import DeployStore
import ShipshapeCore

/// What `deploy` / `rollback` prints at the end (text) or as one JSON document.
public struct DeployReport: Sendable, Codable {
    public struct Service: Sendable, Codable {
        public var service: String
        public var strategy: String
        public var reason: String
        public var fromContainer: String?
        public var fromImage: String?
        public var fromRevision: String?
        public var toContainer: String?
        public var toImage: String?
        public var gateMilliseconds: Int?
        public var gapMilliseconds: Int?
        /// The containers the service runs (compose's `deploy.replicas` / `scale`).
        public var replicas: Int = 1
        /// Every container replaced (`fromContainer` is the first) and every one started (`toContainer`).
        public var fromContainers: [String] = []
        public var toContainers: [String] = []
        /// Dry run: the image the compose file names, what gates the new containers, the soak, and which kept
        /// versions a successful deploy would keep and prune (container names, newest version first).
        public var toReference: String?
        /// Dry run: the service has `build:`, so the deploy builds `toReference` first.
        public var toBuild: Bool?
        public var gate: String?
        public var soakMilliseconds: Int?
        public var keeps: [String]?
        public var prunes: [String]?
    }

    public var id: String
    public var kind: String
    public var project: String
    public var revision: String
    public var outcome: String
    public var exitCode: Int32
    public var cause: String?
    public var logTail: [String]
    /// What to check next about the cause (nil when the deploy succeeded).
    public var nextStep: String?
    public var services: [Service]
    /// Interrupted deploys this run found and reverted or finished, one line each.
    public var recovered: [String]
    public var soakMilliseconds: Int?
    public var restoreMilliseconds: Int?
    public var durationMilliseconds: Int
    public var dryRun: Bool

    public init(
        id: String, kind: String, project: String, revision: String, outcome: String, exitCode: Int32,
        cause: String? = nil, logTail: [String] = [], nextStep: String? = nil, services: [Service] = [],
        recovered: [String] = [],
        soakMilliseconds: Int? = nil, restoreMilliseconds: Int? = nil, durationMilliseconds: Int = 0,
        dryRun: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.project = project
        self.revision = revision
        self.outcome = outcome
        self.exitCode = exitCode
        self.cause = cause
        self.logTail = logTail
        self.nextStep = nextStep
        self.services = services
        self.recovered = recovered
        self.soakMilliseconds = soakMilliseconds
        self.restoreMilliseconds = restoreMilliseconds
        self.durationMilliseconds = durationMilliseconds
        self.dryRun = dryRun
    }

    /// The exit code of an outcome: 0 deployed, 1 rolled back, 4 rollback failed.
    public static func exitCode(_ outcome: DeployOutcome) -> Int32 {
        let exit: ShipshapeExit =
            switch outcome {
            case .deployed: .success
            case .rolledBack, .interrupted: .failed
            case .rollbackFailed, .running: .rollbackFailed
            case .aborted: .usage
            }
        return exit.rawValue
    }
}
