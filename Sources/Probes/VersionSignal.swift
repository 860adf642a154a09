/// One place the running version was read from, compared with the expected one.
public struct VersionSignal: Sendable, Codable, Hashable {
    /// `json $.version`, `image label org.opencontainers.image.revision`.
    public var source: String
    public var expected: String
    /// nil when the signal was not present.
    public var actual: String?
    /// nil when there was nothing to compare.
    public var matches: Bool?

    public init(source: String, expected: String, actual: String?, matches: Bool?) {
        self.source = source
        self.expected = expected
        self.actual = actual
        self.matches = matches
    }
}
