import ShipshapeCore

/// A parsed compose file (`compose.yml`, `docker-compose*.yml`).
public struct ComposeFile: Sendable, Hashable {
    public let path: String
    /// Services in file order.
    public let services: [ComposeService]
    /// Parse errors and interpolation notes (unset required variables).
    public let problems: [ParseProblem]
    /// The top-level `name:` (compose's project name), when given.
    public var projectName: String?

    public init(path: String, services: [ComposeService], problems: [ParseProblem], projectName: String? = nil) {
        self.projectName = projectName
        self.path = path
        self.services = services
        self.problems = problems
    }

    /// The service with this name, if any.
    public func service(named name: String) -> ComposeService? {
        services.first { $0.name == name }
    }
}

/// One entry under `services:`. Strings are interpolated; `EmbeddedText`s keep exact source positions.
public struct ComposeService: Sendable, Hashable {
    public var name: String
    /// Where the service's key is written.
    public var location: SourceLocation
    public var image: Located<String>?
    public var build: ComposeBuild?
    public var containerName: Located<String>?
    public var ports: [ComposePort] = []
    public var expose: [Located<Int>] = []
    public var environment: [ComposeVariable] = []
    public var envFiles: [Located<String>] = []
    public var command: ComposeCommand?
    public var entrypoint: ComposeCommand?
    public var healthcheck: ComposeHealthcheck?
    public var dependsOn: [ComposeDependency] = []
    public var profiles: [String] = []
    public var networkMode: Located<String>?
    /// `working_dir:`, where a relative path of `command:` is taken from.
    public var workingDir: Located<String>?
    /// `volumes:` entries that bind a file or folder of the host (`./healthcheck.sh:/healthcheck.sh:ro`).
    public var bindMounts: [ComposeBindMount] = []
    /// `extends:` — the service this one is built on, resolved by `DeploymentModel` when it can be found.
    public var extends: ComposeExtends?
    /// The compose file this service (or its last override) came from.
    public var file: String

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
        file = location.file
    }
}

/// `extends: NAME` or `extends: {service: NAME, file: PATH}`.
public struct ComposeExtends: Sendable, Hashable {
    public var service: String
    /// The other compose file, joined onto this file's directory; nil for the same file.
    public var file: String?
    public var location: SourceLocation
    /// True once the base service was found and merged in (its keys are then this service's).
    public var resolved = false

    public init(service: String, file: String?, location: SourceLocation) {
        self.service = service
        self.file = file
        self.location = location
    }
}

/// `build:` — short form (`build: ./dir`) or long form.
public struct ComposeBuild: Sendable, Hashable {
    /// The context joined onto the compose file's directory and normalised (`.` for the repository root).
    public var context: String
    /// The Dockerfile path joined onto the context (default `<context>/Dockerfile`).
    public var dockerfile: String
    public var target: String?
    public var args: [String: String]
    public var location: SourceLocation

    public init(
        context: String, dockerfile: String, target: String? = nil, args: [String: String] = [:],
        location: SourceLocation
    ) {
        self.context = context
        self.dockerfile = dockerfile
        self.target = target
        self.args = args
        self.location = location
    }
}

/// A `ports:` entry in short (`"127.0.0.1:8080:80/tcp"`) or long syntax.
public struct ComposePort: Sendable, Hashable {
    /// The host side as written (`"8080"`, `"3000-3005"`); nil when only the container port is given.
    public var published: String?
    /// The container port; nil if unparseable. For a range, its first port.
    public var target: Int?
    /// The container side as written (`"80"`, `"3000-3005"`).
    public var targetText: String
    public var hostIP: String?
    /// `tcp` unless written otherwise.
    public var proto: String
    public var location: SourceLocation

    public init(
        published: String?, target: Int?, targetText: String, hostIP: String?, proto: String, location: SourceLocation
    ) {
        self.published = published
        self.target = target
        self.targetText = targetText
        self.hostIP = hostIP
        self.proto = proto
        self.location = location
    }
}

/// An `environment:` entry (map form or `K=V` / bare `K` list form).
public struct ComposeVariable: Sendable, Hashable {
    public var name: String
    /// The interpolated value; nil for a bare `K` (taken from the shell running compose) or `K:` with no value.
    public var value: String?
    /// Where the entry is written (the key, or the list item).
    public var location: SourceLocation
    /// The value after interpolation, each scalar at its source position (substituted text takes the `$` position).
    public var valueText: EmbeddedText?
    /// The variables the value is interpolated from, as written (`POSTGRES_USER` for `${POSTGRES_USER:-app}`); the
    /// entry's own name for a bare `K`, which compose takes from the shell running it.
    public var references: [String] = []

    public init(name: String, value: String?, location: SourceLocation, valueText: EmbeddedText?) {
        self.name = name
        self.value = value
        self.location = location
        self.valueText = valueText
    }
}

/// `command:` / `entrypoint:` / a healthcheck test.
public enum ComposeCommand: Sendable, Hashable {
    /// A string, run through `/bin/sh -c` (healthcheck `CMD-SHELL`) or split into words (command).
    case shell(EmbeddedText)
    /// A list: exec form, one element per argument.
    case exec([Located<String>])
}

/// `healthcheck:` with its timings kept as written.
public struct ComposeHealthcheck: Sendable, Hashable {
    /// nil when the healthcheck is disabled or has no `test`.
    public var test: ComposeCommand?
    /// `disable: true` or `test: ["NONE"]`.
    public var disabled: Bool
    public var interval: String?
    public var timeout: String?
    public var retries: String?
    public var startPeriod: String?
    public var location: SourceLocation
    /// `["CMD-SHELL", script, more...]`: the elements after the script, which Docker passes to the shell as
    /// its positional parameters (`sh -c script more...`), never as part of the command.
    public var shellArguments: [Located<String>] = []
    /// The first element of a `test` list that is none of `CMD`, `CMD-SHELL`, `NONE` (compose refuses the file).
    public var missingKeyword: Located<String>?
    /// `$X` and `${X}` in the test that the `.env` beside the compose file does not set, as written. Compose
    /// fills them in when it reads the file, from the shell running it, else with an empty string — never from
    /// the container's environment (that takes `$$X`).
    public var hostVariables: [Located<String>] = []

    public init(
        test: ComposeCommand?, disabled: Bool, interval: String? = nil, timeout: String? = nil,
        retries: String? = nil, startPeriod: String? = nil, location: SourceLocation
    ) {
        self.test = test
        self.disabled = disabled
        self.interval = interval
        self.timeout = timeout
        self.retries = retries
        self.startPeriod = startPeriod
        self.location = location
    }
}

/// A `depends_on:` entry.
public struct ComposeDependency: Sendable, Hashable {
    public enum Condition: String, Sendable, Hashable {
        case serviceStarted = "service_started"
        case serviceHealthy = "service_healthy"
        case serviceCompletedSuccessfully = "service_completed_successfully"
    }

    public var name: String
    /// `service_started` for the list form.
    public var condition: Condition
    public var location: SourceLocation

    public init(name: String, condition: Condition, location: SourceLocation) {
        self.name = name
        self.condition = condition
        self.location = location
    }
}

/// A `volumes:` entry binding a host path into the container: `./scripts:/scripts:ro`, or the long form
/// `{type: bind, source, target}`.
public struct ComposeBindMount: Sendable, Hashable {
    /// The host path, joined to the compose file's folder as the service's other paths.
    public var source: String
    /// The path in the container.
    public var target: String

    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }
}
