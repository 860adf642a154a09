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
    /// Containers the service runs (`deploy.replicas`, else `scale`, else 1).
    public var replicas: Int

    public init(
        name: String, image: String? = nil, hasBuild: Bool = false, pullPolicy: String? = nil,
        containerName: String? = nil, fixedHostPorts: [String] = [], containerPorts: [Int] = [],
        dependsOn: [String] = [], hasHealthcheck: Bool = false, profiles: [String] = [],
        replicas: Int = 1
    ) {
        self.replicas = replicas
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

    /// The fixed host ports that cannot give each of the `replicas` containers its own port: a single port,
    /// or a range (`8080-8082`) with fewer ports than replicas.
    public var portsTooFewForReplicas: [String] {
        guard replicas > 1 else { return [] }
        return fixedHostPorts.filter { published in
            let range = published.split(separator: ":").last.map(String.init) ?? published
            let bounds = range.split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2 else { return true }
            return bounds[1] - bounds[0] + 1 < replicas
        }
    }
}
