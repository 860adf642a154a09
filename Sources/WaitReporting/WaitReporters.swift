import Probes
import ShipshapeCore
import Waiting

/// `shipshape wait`'s `--format` reporters. Under GitHub Actions, `WaitGitHubReporter` adds
/// annotations and the step summary whatever the format.
public var waitReporters: ReporterSet<WaitReport> {
    ReporterSet([WaitTextReporter.self, WaitJSONReporter.self, WaitJUnitReporter.self])
}
