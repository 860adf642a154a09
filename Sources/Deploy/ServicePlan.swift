import Plan

/// One service of a deploy, decided before anything changes: strategy and the container it replaces.
public struct ServicePlan: Sendable, Equatable, Codable {
    public var service: String
    public var strategy: Strategy
    public var reason: String
    /// The running containers this deploy replaces (every replica, by name); empty on a first deploy.
    public var previous: [ContainerRef]
    /// How many new containers the deploy starts (compose's `deploy.replicas` / `scale`).
    public var replicas: Int
    /// compose's `container_name`, which the new container takes over (stop-first).
    public var containerName: String?
    /// Previous containers kept for rollback (the plan's `deploy:`); nil keeps `--keep`.
    public var keep: Int?
    /// Run in a one-off container of the new image before cutover (`pre-cutover:`).
    public var preCutover: DeploySection.Hook?

    public init(
        service: String, strategy: Strategy, reason: String, old: ContainerRef?, containerName: String? = nil,
        keep: Int? = nil, preCutover: DeploySection.Hook? = nil
    ) {
        self.init(
            service: service, strategy: strategy, reason: reason, previous: old.map { [$0] } ?? [], replicas: 1,
            containerName: containerName, keep: keep, preCutover: preCutover)
    }

    public init(
        service: String, strategy: Strategy, reason: String, previous: [ContainerRef], replicas: Int,
        containerName: String? = nil, keep: Int? = nil, preCutover: DeploySection.Hook? = nil
    ) {
        self.service = service
        self.strategy = strategy
        self.reason = reason
        self.previous = previous
        self.replicas = replicas
        self.containerName = containerName
        self.keep = keep
        self.preCutover = preCutover
    }
}

extension ServicePlan {
    /// The first container this deploy replaces; nil on a first deploy.
    public var old: ContainerRef? { previous.first }
}

/// A container as deploy remembers it: id, name at the time, image id and revision label.
public struct ContainerRef: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var imageID: String
    public var revision: String?

    public init(id: String, name: String, imageID: String, revision: String? = nil) {
        self.id = id
        self.name = name
        self.imageID = imageID
        self.revision = revision
    }
}
