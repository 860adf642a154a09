/// The plan's `deploy:` section: how `shipshape deploy` treats each service. Command-line flags win over it;
/// a service's own entry wins over the section's defaults.
public struct DeploySection: Sendable, Hashable, Codable {
    /// A command run in a one-off container of the new image before cutover (migrations).
    public struct Hook: Sendable, Hashable, Codable {
        /// argv; text in the plan becomes `sh -c TEXT`.
        public var command: [String]
        public var timeoutMilliseconds: Int

        public static let defaultTimeoutMilliseconds = 300_000

        public init(command: [String], timeoutMilliseconds: Int = Hook.defaultTimeoutMilliseconds) {
            self.command = command
            self.timeoutMilliseconds = timeoutMilliseconds
        }
    }

    public struct Service: Sendable, Hashable, Codable {
        /// `start-first` or `stop-first`.
        public var strategy: String?
        public var soakMilliseconds: Int?
        /// Consecutive passing probes the gate needs.
        public var successes: Int?
        /// Previous containers kept for rollback.
        public var keep: Int?
        public var preCutover: Hook?

        public init(
            strategy: String? = nil, soakMilliseconds: Int? = nil, successes: Int? = nil, keep: Int? = nil,
            preCutover: Hook? = nil
        ) {
            self.strategy = strategy
            self.soakMilliseconds = soakMilliseconds
            self.successes = successes
            self.keep = keep
            self.preCutover = preCutover
        }
    }

    /// Defaults for every service.
    public var soakMilliseconds: Int?
    public var successes: Int?
    public var keep: Int?
    public var services: [String: Service]

    public init(
        soakMilliseconds: Int? = nil, successes: Int? = nil, keep: Int? = nil, services: [String: Service] = [:]
    ) {
        self.soakMilliseconds = soakMilliseconds
        self.successes = successes
        self.keep = keep
        self.services = services
    }
}
