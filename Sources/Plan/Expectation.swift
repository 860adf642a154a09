/// What must be true of the running version, beyond health.
public enum Expectation: Sendable, Hashable, Codable {
    /// The version/commit the deploy shipped (`--expect-version SHA`); compared, each separately, with
    /// JSON fields of the health response (`fields`; default version, commit, git_sha, sha) and the
    /// image label `org.opencontainers.image.revision`. A prefix of at least 7 characters matches.
    case version(String, fields: [String])
    /// The same check, for targets the project builds only (`--expect-version` with a project or a
    /// plan): a container whose image was built by compose or by the compose file's `build:`, or that
    /// carries any version signal. Third-party images (postgres, redis) are skipped and said to be.
    case versionIfBuilt(String, fields: [String])
    /// The container must run the image a local tag points at now (`--expect-image app:latest`):
    /// a container that was not recreated after the pull fails.
    case image(String)

    public static let defaultVersionFields = ["version", "commit", "git_sha", "sha"]
}

extension Expectation {
    /// A version expectation with its scope dropped (`.version`), or the expectation itself.
    public var versionTerms: Expectation {
        if case .versionIfBuilt(let expected, let fields) = self { return .version(expected, fields: fields) }
        return self
    }
}

extension Expectation {
    /// A version expectation limited to targets the project builds; other expectations as they are.
    public var scopedToBuilt: Expectation {
        if case .version(let expected, let fields) = self { return .versionIfBuilt(expected, fields: fields) }
        return self
    }
}
