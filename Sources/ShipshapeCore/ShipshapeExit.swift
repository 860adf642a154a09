/// The exit codes of every `shipshape` command: one meaning per number across lint, wait, diagnose,
/// deploy, rollback and history, listed by `shipshape help` and, with each command's own words, by
/// `shipshape help COMMAND`.
public enum ShipshapeExit: Int32, Sendable, CaseIterable {
    /// Clean, healthy, deployed.
    case success = 0
    /// What was checked is not right: findings, an unhealthy target, a failed check, a deploy that
    /// failed and was rolled back.
    case failed = 1
    /// Usage, plan, configuration or preflight error: nothing was checked or changed.
    case usage = 2
    /// The Docker Engine (`DOCKER_HOST`) does not answer, or refuses access.
    case dockerUnreachable = 3
    /// A deploy failed and its rollback failed too: the service needs a person now.
    case rollbackFailed = 4
    /// Another deploy holds the project's lock.
    case lockHeld = 5

    /// The general meaning, for `shipshape help`.
    public var meaning: String {
        switch self {
        case .success: "success: clean, healthy, deployed"
        case .failed: "findings, an unhealthy target, a failed check, a rolled-back deploy"
        case .usage: "usage, plan or preflight error: nothing checked or changed"
        case .dockerUnreachable: "the Docker Engine (DOCKER_HOST) does not answer"
        case .rollbackFailed: "a deploy failed and its rollback failed too"
        case .lockHeld: "another deploy holds the project's lock"
        }
    }

    /// An "Exit codes:" block for a command's help, in that command's words.
    public static func help(_ entries: KeyValuePairs<ShipshapeExit, String>) -> String {
        "Exit codes:\n" + entries.map { "  \($0.key.rawValue)  \($0.value)" }.joined(separator: "\n")
    }
}
