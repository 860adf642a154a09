/// What this binary was built from.
///
/// The release workflow rewrites this file before it builds (`scripts/stamp-build-info VERSION`:
/// the tag's version and `git rev-parse HEAD`); a development build from a clone keeps these values,
/// so `swift build` needs no extra step.
enum BuildInfo {
    static let version = "0.1.0"
    /// The commit the binary was built from; nil in a development build.
    static let commit: String? = nil

    /// `shipshape --version`: `0.1.0 (commit 5baad3f…)`, or `0.1.0 (unknown commit)`.
    static var description: String {
        "\(version) (\(commit.map { "commit \($0)" } ?? "unknown commit"))"
    }
}
