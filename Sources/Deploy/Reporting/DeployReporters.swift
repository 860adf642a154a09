import ShipshapeCore

/// The `--format` reporters of `deploy`, `rollback` and `history`'s reports.
public var deployReporters: ReporterSet<DeployReport> {
    ReporterSet([DeployTextReporter.self, DeployJSONReporter.self, DeployGitHubReporter.self])
}
