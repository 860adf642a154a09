import ShipshapeCore

/// A GitHub Action's metadata file (`action.yml` / `action.yaml`): what its `runs:` starts.
///
/// A Docker action (`runs.using: docker`) runs `runs.image` — a Dockerfile of the action's folder, or
/// `docker://REFERENCE` — with `runs.entrypoint` (else the image's `ENTRYPOINT`) and `runs.args` (else its
/// `CMD`); `pre-entrypoint` and `post-entrypoint` run in the same image before and after. A composite action's
/// `runs.steps` are steps like a workflow job's (see `DeploymentModel.addAction`).
public struct GitHubAction: Sendable, Hashable {
    /// The display path of the metadata file.
    public let path: String
    public let name: String?
    /// `runs.using` as written (`docker`, `composite`, `node20`...).
    public let using: String?
    /// `runs.image`.
    public let image: Located<String>?
    public let entrypoint: Located<String>?
    public let preEntrypoint: Located<String>?
    public let postEntrypoint: Located<String>?
    /// `runs.args` (a list; a single string is one argument).
    public let args: [Located<String>]
    /// Where `runs:` is written.
    public let runsLocation: SourceLocation?
    public let problems: [ParseProblem]

    public init(
        path: String, name: String?, using: String?, image: Located<String>?, entrypoint: Located<String>?,
        preEntrypoint: Located<String>?, postEntrypoint: Located<String>?, args: [Located<String>],
        runsLocation: SourceLocation?, problems: [ParseProblem]
    ) {
        self.path = path
        self.name = name
        self.using = using
        self.image = image
        self.entrypoint = entrypoint
        self.preEntrypoint = preEntrypoint
        self.postEntrypoint = postEntrypoint
        self.args = args
        self.runsLocation = runsLocation
        self.problems = problems
    }

    /// True for `runs.using: docker`.
    public var isDocker: Bool { using?.lowercased() == "docker" }

    /// The image reference of `image: docker://REFERENCE`, else nil.
    public var imageReference: String? {
        guard let value = image?.value, value.hasPrefix("docker://") else { return nil }
        let reference = String(value.dropFirst("docker://".count))
        return reference.isEmpty ? nil : reference
    }

    /// The repository path of the Dockerfile `image:` names (relative to the action's folder), else nil.
    public var dockerfilePath: String? {
        guard isDocker, let value = image?.value, !value.isEmpty, imageReference == nil, !value.contains("${{"),
            !value.contains("://")
        else { return nil }
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        var parts: [Substring] = []
        for part in (folder.isEmpty ? value : folder + "/" + value).split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
