import ShipshapeCore

/// A word of an exec-form (JSON array) argument list, with its location.
public struct DockerfileWord: Sendable, Hashable {
    public let value: String
    public let location: SourceLocation

    public init(value: String, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A `--name=value` flag of an instruction (`--from=builder`, `--interval=5s`, `--platform=...`).
public struct InstructionFlag: Sendable, Hashable {
    public let name: String
    public let value: String
    public let location: SourceLocation

    public init(name: String, value: String, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// A heredoc attached to an instruction (`RUN <<EOF`, `COPY <<EOF /dest`).
public struct DockerfileHeredoc: Sendable, Hashable {
    public let delimiter: String
    /// The body, positioned in the Dockerfile.
    public let body: EmbeddedText
    /// True when the delimiter was quoted (no variable expansion).
    public let quoted: Bool

    public init(delimiter: String, body: EmbeddedText, quoted: Bool) {
        self.delimiter = delimiter
        self.body = body
        self.quoted = quoted
    }
}

/// The argument form of `RUN`, `CMD`, `ENTRYPOINT`, `SHELL` and `HEALTHCHECK CMD`.
public enum CommandForm: Sendable, Hashable {
    /// JSON array form: run directly, no shell.
    case exec([DockerfileWord])
    /// Shell form: run through the stage's `SHELL` (default `/bin/sh -c`); text positioned in the file.
    case shell(EmbeddedText)
}

/// One Dockerfile instruction, continuation lines joined, comments between them dropped.
public struct Instruction: Sendable, Hashable {
    /// Upper-cased keyword (`FROM`, `RUN`, ...).
    public let keyword: String
    /// Leading `--flag=value` options.
    public let flags: [InstructionFlag]
    /// The arguments after keyword and flags, continuation lines joined, positions kept.
    public let arguments: EmbeddedText
    /// For RUN/CMD/ENTRYPOINT/SHELL (and HEALTHCHECK's command): the command's form; nil otherwise.
    public let command: CommandForm?
    public let heredocs: [DockerfileHeredoc]
    /// The whole instruction, keyword to last continuation line (heredoc bodies included).
    public let location: SourceLocation
    public let keywordLocation: SourceLocation

    public init(
        keyword: String, flags: [InstructionFlag], arguments: EmbeddedText, command: CommandForm?,
        heredocs: [DockerfileHeredoc], location: SourceLocation, keywordLocation: SourceLocation
    ) {
        self.keyword = keyword
        self.flags = flags
        self.arguments = arguments
        self.command = command
        self.heredocs = heredocs
        self.location = location
        self.keywordLocation = keywordLocation
    }

    public func flag(_ name: String) -> InstructionFlag? { flags.first { $0.name == name } }
}
