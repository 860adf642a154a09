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
    /// Every container the deploy replaced (`fromContainer` is the first), for a service with several
    /// replicas; nil in records written before replicas were deployed.
    public var fromReplicas: [ContainerRecord]?
    /// Every container the deploy started (`toContainer` is the first).
    public var toReplicas: [ContainerRecord]?
    /// The containers the service was deployed with (compose's `deploy.replicas` / `scale`).
    public var replicas: Int?

    public init(
        service: String, strategy: String, fromContainer: String? = nil, fromName: String? = nil,
        fromImage: String? = nil, fromRevision: String? = nil, toContainer: String? = nil, toImage: String? = nil,
        gateMilliseconds: Int? = nil, gapMilliseconds: Int? = nil, outcome: DeployOutcome = .running,
        fromReplicas: [ContainerRecord]? = nil, toReplicas: [ContainerRecord]? = nil, replicas: Int? = nil
    ) {
        self.fromReplicas = fromReplicas
        self.toReplicas = toReplicas
        self.replicas = replicas
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

extension ServiceRecord {
    /// The containers the deploy replaced: `fromReplicas`, else the one `fromContainer` (older records).
    public var previousContainers: [ContainerRecord] {
        if let fromReplicas, !fromReplicas.isEmpty { return fromReplicas }
        return fromContainer.map { [ContainerRecord(id: $0, name: fromName ?? $0)] } ?? []
    }

    /// The containers the deploy started: `toReplicas`, else the one `toContainer` (older records).
    public var newContainers: [ContainerRecord] {
        if let toReplicas, !toReplicas.isEmpty { return toReplicas }
        return toContainer.map { [ContainerRecord(id: $0, name: toName ?? $0)] } ?? []
    }
}
