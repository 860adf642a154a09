/// The fields of `GET /images/{name}/json` that describe what the image runs and contains.
public struct ImageDetails: Sendable, Codable, Equatable {
    public let id: String
    public let repoTags: [String]?
    public let config: Config?
    /// RFC 3339 build time.
    public let created: String?
    /// Bytes of all its layers.
    public let size: Int64?

    enum CodingKeys: String, CodingKey {
        case id = "Id"
        case repoTags = "RepoTags"
        case config = "Config"
        case created = "Created"
        case size = "Size"
    }

    /// The image's default run configuration.
    public struct Config: Sendable, Codable, Equatable {
        public let labels: [String: String]?
        public let env: [String]?
        public let exposedPorts: [String: EmptyObject]?
        public let healthcheck: HealthcheckConfig?
        public let user: String?
        public let entrypoint: [String]?
        public let cmd: [String]?
        /// SHELL instruction; nil means the default `["/bin/sh", "-c"]`.
        public let shell: [String]?

        enum CodingKeys: String, CodingKey {
            case labels = "Labels"
            case env = "Env"
            case exposedPorts = "ExposedPorts"
            case healthcheck = "Healthcheck"
            case user = "User"
            case entrypoint = "Entrypoint"
            case cmd = "Cmd"
            case shell = "Shell"
        }
    }
}
