/// The fields of `GET /containers/{id}/json` a health gate needs.
public struct ContainerDetails: Sendable, Codable, Equatable {
    public let id: String
    /// With dockerd's leading slash.
    public let name: String
    /// The image ID (sha256:…) the container runs.
    public let image: String
    public let restartCount: Int
    public let state: State
    public let config: Config
    public let networkSettings: NetworkSettings?
    /// RFC 3339 creation time.
    public let created: String?
    public let hostConfig: HostConfig?

    enum CodingKeys: String, CodingKey {
        case id = "Id"
        case name = "Name"
        case image = "Image"
        case restartCount = "RestartCount"
        case state = "State"
        case config = "Config"
        case networkSettings = "NetworkSettings"
        case created = "Created"
        case hostConfig = "HostConfig"
    }

    /// How the container was set up to run.
    public struct HostConfig: Sendable, Codable, Equatable {
        /// "default"/"bridge", "host", "none", "container:<id>", or a network name.
        public let networkMode: String?
        /// Memory limit in bytes; 0 means none.
        public let memory: Int64?
        /// CPU limit in billionths of a CPU; 0 means none.
        public let nanoCPUs: Int64?
        public let restartPolicy: RestartPolicy?

        enum CodingKeys: String, CodingKey {
            case networkMode = "NetworkMode"
            case memory = "Memory"
            case nanoCPUs = "NanoCpus"
            case restartPolicy = "RestartPolicy"
        }
    }

    /// `no`, `always`, `unless-stopped` or `on-failure`.
    public struct RestartPolicy: Sendable, Codable, Equatable {
        public let name: String?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
        }
    }

    /// Runtime state.
    public struct State: Sendable, Codable, Equatable {
        /// "created", "running", "paused", "restarting", "removing", "exited", "dead".
        public let status: String
        public let running: Bool
        public let restarting: Bool
        public let oomKilled: Bool
        public let exitCode: Int
        /// RFC 3339 with nanoseconds; "0001-01-01T00:00:00Z" when never started.
        public let startedAt: String
        public let finishedAt: String
        public let health: Health?
        /// The main process's PID on the daemon's host; 0 when not running.
        public let pid: Int?

        enum CodingKeys: String, CodingKey {
            case pid = "Pid"
            case status = "Status"
            case running = "Running"
            case restarting = "Restarting"
            case oomKilled = "OOMKilled"
            case exitCode = "ExitCode"
            case startedAt = "StartedAt"
            case finishedAt = "FinishedAt"
            case health = "Health"
        }
    }

    /// HEALTHCHECK results kept by dockerd (the last five probes).
    public struct Health: Sendable, Codable, Equatable {
        /// "starting", "healthy", "unhealthy" or "none".
        public let status: String
        public let failingStreak: Int
        public let log: [HealthProbe]?

        enum CodingKeys: String, CodingKey {
            case status = "Status"
            case failingStreak = "FailingStreak"
            case log = "Log"
        }
    }

    /// One HEALTHCHECK run.
    public struct HealthProbe: Sendable, Codable, Equatable {
        public let start: String
        public let end: String
        public let exitCode: Int
        public let output: String

        enum CodingKeys: String, CodingKey {
            case start = "Start"
            case end = "End"
            case exitCode = "ExitCode"
            case output = "Output"
        }
    }

    /// The container's own configuration (image defaults merged with run options).
    public struct Config: Sendable, Codable, Equatable {
        /// The image reference as given at create time.
        public let image: String
        public let labels: [String: String]?
        public let env: [String]?
        public let exposedPorts: [String: EmptyObject]?
        public let healthcheck: HealthcheckConfig?
        public let tty: Bool?

        enum CodingKeys: String, CodingKey {
            case image = "Image"
            case labels = "Labels"
            case env = "Env"
            case exposedPorts = "ExposedPorts"
            case healthcheck = "Healthcheck"
            case tty = "Tty"
        }
    }

    /// Published ports and network addresses.
    public struct NetworkSettings: Sendable, Codable, Equatable {
        /// "8080/tcp" → host bindings (nil when the port is exposed but not published).
        public let ports: [String: [PortBinding]?]?
        public let networks: [String: NetworkEndpoint]?

        enum CodingKeys: String, CodingKey {
            case ports = "Ports"
            case networks = "Networks"
        }
    }

    /// One published host address for a container port.
    public struct PortBinding: Sendable, Codable, Equatable {
        public let hostIP: String
        public let hostPort: String

        enum CodingKeys: String, CodingKey {
            case hostIP = "HostIp"
            case hostPort = "HostPort"
        }
    }

    /// The container's address on one network.
    public struct NetworkEndpoint: Sendable, Codable, Equatable {
        public let ipAddress: String?
        /// Names other containers on this network resolve to this one (compose adds the service name).
        public let aliases: [String]?

        enum CodingKeys: String, CodingKey {
            case ipAddress = "IPAddress"
            case aliases = "Aliases"
        }
    }
}
