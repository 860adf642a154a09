/// How a deploy or rollback ended, as recorded in history.
public enum DeployOutcome: String, Sendable, Codable, CaseIterable {
    /// Still running, or killed before it could record an end (see `interrupted`).
    case running
    /// Every service passed its gate and soak.
    case deployed
    /// A gate or soak failed; the previous containers serve again.
    case rolledBack = "rolled-back"
    /// A gate or soak failed and restoring the previous containers failed too.
    case rollbackFailed = "rollback-failed"
    /// The process died mid-deploy; a later command found the journal and reverted or finished it.
    case interrupted
    /// Stopped before anything changed (preflight, lock).
    case aborted
}
