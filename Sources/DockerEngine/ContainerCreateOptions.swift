/// The subset of `POST /containers/create` used for probes and tests.
public struct ContainerCreateOptions: Sendable, Encodable, Equatable {
    public var image: String
    /// Overrides the image ENTRYPOINT; `[]` clears it.
    public var entrypoint: [String]?
    public var cmd: [String]?
    public var env: [String]?
    public var labels: [String: String]?
    public var healthcheck: HealthcheckConfig?
    public var tty: Bool
    /// Keep stdin open (`docker run -i`): lets a tool-only image block on reading it.
    public var openStdin: Bool

    public init(
        image: String, entrypoint: [String]? = nil, cmd: [String]? = nil, env: [String]? = nil,
        labels: [String: String]? = nil, healthcheck: HealthcheckConfig? = nil, tty: Bool = false,
        openStdin: Bool = false
    ) {
        self.image = image
        self.entrypoint = entrypoint
        self.cmd = cmd
        self.env = env
        self.labels = labels
        self.healthcheck = healthcheck
        self.tty = tty
        self.openStdin = openStdin
    }

    enum CodingKeys: String, CodingKey {
        case image = "Image"
        case entrypoint = "Entrypoint"
        case cmd = "Cmd"
        case env = "Env"
        case labels = "Labels"
        case healthcheck = "Healthcheck"
        case tty = "Tty"
        case openStdin = "OpenStdin"
    }
}
