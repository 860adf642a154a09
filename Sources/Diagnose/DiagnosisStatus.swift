/// The outcome of one diagnosis check.
public enum DiagnosisStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case pass
    /// Worth a look, but not a failure (exit code 0).
    case warn
    case fail
    /// Did not apply or could not run (a stopped container has no stats).
    case skip
}
