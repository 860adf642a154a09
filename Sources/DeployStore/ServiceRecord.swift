/// One service of a deploy: what ran before, what was started, how, and how it went.
public struct ServiceRecord: Sendable, Codable, Equatable {
    public var service: String
    /// `start-first` or `stop-first`.
    public var strategy: String
    public var fromContainer: String?
    public var fromName: String?
    public var fromImage: String?
    public var fromRevision: String?
    public var toContainer: String?
    /// The name the new container had before it ran (a rollback's kept container).
    public var toName: String?
    public var toImage: String?
    public var gateMilliseconds: Int?
    /// For stop-first: milliseconds between stopping the old container and the new one passing its gate.
    public var gapMilliseconds: Int?
    public var outcome: DeployOutcome

    public init(
        service: String, strategy: String, fromContainer: String? = nil, fromName: String? = nil,
        fromImage: String? = nil, fromRevision: String? = nil, toContainer: String? = nil, toImage: String? = nil,
        gateMilliseconds: Int? = nil, gapMilliseconds: Int? = nil, outcome: DeployOutcome = .running
    ) {
        self.service = service
        self.strategy = strategy
        self.fromContainer = fromContainer
        self.fromName = fromName
        self.fromImage = fromImage
        self.fromRevision = fromRevision
        self.toContainer = toContainer
        self.toImage = toImage
        self.gateMilliseconds = gateMilliseconds
        self.gapMilliseconds = gapMilliseconds
        self.outcome = outcome
    }
}
