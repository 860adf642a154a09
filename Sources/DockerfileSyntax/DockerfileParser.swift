import ShipshapeCore

/// Parses Dockerfiles (BuildKit syntax): continuations, comments, heredocs, JSON and shell forms,
/// `ARG` substitution in `FROM`, multi-stage builds.
public enum DockerfileParser {
    /// - Parameter buildArgs: values given from outside (compose `build.args`), overriding `ARG` defaults.
    public static func parse(path: String, text: String, buildArgs: [String: String] = [:]) -> Dockerfile {
        var reader = InstructionReader(file: path, source: SourceLines(text))
        reader.readDirectives()
        var assembler = StageAssembler(file: path, buildArgs: buildArgs)
        while let instruction = reader.next() {
            assembler.add(instruction)
        }
        return assembler.finish(extraDiagnostics: reader.diagnostics)
    }

    /// Keywords Docker knows; anything else is reported and kept.
    static let knownKeywords: Set<String> = [
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
        "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    ]

    /// Instructions whose leading `--name=value` words are flags.
    static let flagKeywords: Set<String> = ["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"]

    /// Instructions whose arguments may open heredocs.
    static let heredocKeywords: Set<String> = ["RUN", "COPY", "ADD"]

    /// Instructions with a command in exec or shell form.
    static let commandKeywords: Set<String> = ["RUN", "CMD", "ENTRYPOINT", "SHELL"]
}
