import Foundation

/// Errors that stop discovery altogether (as opposed to `ParseProblem`s, which are reported per file).
public enum DeployModelError: Error, LocalizedError, Sendable, Hashable {
    /// A path given on the command line does not exist.
    case pathNotFound(String)
    /// A directory could not be listed.
    case unreadableDirectory(String, reason: String)
    /// A file named explicitly is none of the kinds Shipshape reads.
    case unrecognizedFile(String)
    /// A Python, JavaScript/TypeScript or Go file named while no rule reads application sources.
    case applicationSourceNotRead(String)

    public var errorDescription: String? {
        switch self {
        case .pathNotFound(let path):
            return
                "no such file or directory: \(path) — pass the repository root or a workflow, compose, Kubernetes manifest, Dockerfile, .env or script path"
        case .unreadableDirectory(let path, let reason):
            return "cannot list directory \(path): \(reason) — check its permissions or add it to the ignore list"
        case .unrecognizedFile(let path):
            return
                "\(path) is not a workflow, GitHub Action (action.yml), compose file, Kubernetes manifest, Dockerfile, .env file or shell script — rename it (e.g. compose.yml) or pass its directory instead"
        case .applicationSourceNotRead(let path):
            return
                "\(path) is application source, read only by the opt-in rule log-contradicts-config — add --enable log-contradicts-config (or enabled_rules: [log-contradicts-config] in .shipshape.yml)"
        }
    }
}
