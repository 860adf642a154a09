import ShipshapeCore

/// A `HEALTHCHECK` instruction's meaning.
public struct Healthcheck: Sendable, Hashable {
    public enum Test: Sendable, Hashable {
        /// `HEALTHCHECK NONE`.
        case none
        /// `HEALTHCHECK CMD ["prog", "arg"]` or `HEALTHCHECK CMD prog arg` (shell form).
        case command(CommandForm)
    }

    public let test: Test
    /// `--interval`, `--timeout`, `--start-period`, `--start-interval`, `--retries` as written.
    public let options: [String: String]
    public let location: SourceLocation

    public init(test: Test, options: [String: String], location: SourceLocation) {
        self.test = test
        self.options = options
        self.location = location
    }
}

/// An `EXPOSE`d port.
public struct ExposedPort: Sendable, Hashable {
    public let port: Int
    public let proto: String
    public let location: SourceLocation

    public init(port: Int, proto: String, location: SourceLocation) {
        self.port = port
        self.proto = proto
        self.location = location
    }
}

/// A variable set by `ENV` (or `ARG` with a value, inside a stage).
public struct StageVariable: Sendable, Hashable {
    public let name: String
    public let value: String
    public let location: SourceLocation

    public init(name: String, value: String, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// A `COPY`/`ADD` instruction.
public struct CopyInstruction: Sendable, Hashable {
    /// `--from=` value: a stage name, a stage index, or an image reference; nil for the build context.
    public let from: String?
    public let sources: [String]
    public let destination: String
    public let location: SourceLocation

    public init(from: String?, sources: [String], destination: String, location: SourceLocation) {
        self.from = from
        self.sources = sources
        self.destination = destination
        self.location = location
    }
}

/// One build stage: `FROM` up to the next `FROM`.
public struct Stage: Sendable, Hashable {
    public let index: Int
    /// `AS name`, lower-cased as BuildKit does.
    public let name: String?
    /// The image after `ARG` substitution as written in `FROM`; nil when a variable could not be resolved.
    public let baseImage: String?
    /// The `FROM` argument as written, before substitution.
    public let baseImageRaw: String
    public let fromLocation: SourceLocation
    /// The stage's instructions after `FROM`.
    public let instructions: [Instruction]

    public init(
        index: Int, name: String?, baseImage: String?, baseImageRaw: String, fromLocation: SourceLocation,
        instructions: [Instruction]
    ) {
        self.index = index
        self.name = name
        self.baseImage = baseImage
        self.baseImageRaw = baseImageRaw
        self.fromLocation = fromLocation
        self.instructions = instructions
    }
}

/// A problem found while parsing; parsing recovers and keeps going.
public struct DockerfileDiagnostic: Sendable, Hashable {
    public let message: String
    public let location: SourceLocation

    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

/// A parsed Dockerfile.
public struct Dockerfile: Sendable, Hashable {
    public let path: String
    /// Every instruction in order, including global `ARG`s before the first `FROM`.
    public let instructions: [Instruction]
    public let stages: [Stage]
    public let diagnostics: [DockerfileDiagnostic]

    public init(path: String, instructions: [Instruction], stages: [Stage], diagnostics: [DockerfileDiagnostic]) {
        self.path = path
        self.instructions = instructions
        self.stages = stages
        self.diagnostics = diagnostics
    }
}
