/// What deploy needs of one service in `docker compose config --format json`.
public struct ComposeServiceConfig: Sendable, Equatable {
    public var name: String
    public var image: String?
    public var hasBuild: Bool
    public var pullPolicy: String?
    public var containerName: String?
    /// Host ports published at a fixed number (`"8080:80"`, `127.0.0.1:8080:80`); ephemeral ones are not fixed.
    public var fixedHostPorts: [String]
    /// Container ports (`ports` targets and `expose`), TCP only.
    public var containerPorts: [Int]
    public var dependsOn: [String]
    public var hasHealthcheck: Bool
    public var profiles: [String]

    public init(
        name: String, image: String? = nil, hasBuild: Bool = false, pullPolicy: String? = nil,
        containerName: String? = nil, fixedHostPorts: [String] = [], containerPorts: [Int] = [],
        dependsOn: [String] = [], hasHealthcheck: Bool = false, profiles: [String] = []
    ) {
        self.name = name
        self.image = image
        self.hasBuild = hasBuild
        self.pullPolicy = pullPolicy
        self.containerName = containerName
        self.fixedHostPorts = fixedHostPorts
        self.containerPorts = containerPorts
        self.dependsOn = dependsOn
        self.hasHealthcheck = hasHealthcheck
        self.profiles = profiles
    }

    /// The image compose gives a built service without `image:` (`<project>-<service>`).
    public func imageReference(project: String) -> String { image ?? "\(project)-\(name)" }
}
