import ShipshapeCore

/// Parses Dockerfiles (BuildKit syntax): continuations, comments, heredocs, JSON and shell forms,
/// `ARG` substitution in `FROM`, multi-stage builds.
public enum DockerfileParser {
    /// - Parameter buildArgs: values given from outside (compose `build.args`), overriding `ARG` defaults.
    public static func parse(path: String, text: String, buildArgs: [String: String] = [:]) -> Dockerfile {
        Dockerfile(path: path, instructions: [], stages: [], diagnostics: [])  // TODO(helper): implement
    }
}
