/// What must be true of the running version, beyond health.
public enum Expectation: Sendable, Hashable, Codable {
    /// The version/commit the deploy shipped (`--expect-version SHA`); compared, each separately, with
    /// JSON fields of the health response (`fields`; default version, commit, git_sha, sha) and the
    /// image label `org.opencontainers.image.revision`. A prefix of at least 7 characters matches.
    case version(String, fields: [String])
    /// The container must run the image a local tag points at now (`--expect-image app:latest`):
    /// a container that was not recreated after the pull fails.
    case image(String)

    public static let defaultVersionFields = ["version", "commit", "git_sha", "sha"]
}
