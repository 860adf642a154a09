import DeployModel
import LintRules
import PlanFile
import ShipshapeCore

/// What lint knows about the services' own healthchecks, as comments in the plan `init` writes: a
/// healthcheck that calls a program its image lacks can never pass, and the plan should say so next
/// to the outside probe that replaces it.
enum InitHealthcheckNotes {
    static let rules: Set<String> = ["probe-tool-missing", "probe-needs-shell"]

    /// Notes by service name, from the repository's files (Dockerfiles tell what each image contains).
    static func notes(repository: [DiscoveredFile], compose: [ComposeFile]) -> [String: [String]] {
        let model = DeploymentModel.load(repository)
        let report = LintEngine.lint(model, configuration: Configuration(), toolVersion: Shipshape.version)
        var notes: [String: [String]] = [:]
        for finding in report.findings where rules.contains(finding.ruleID) && finding.severity == .error {
            guard let service = service(at: finding.location, in: compose) else { continue }
            notes[service, default: []].append(
                "The healthcheck can never pass: \(finding.message). Its http probe asks the service from outside.")
        }
        return notes
    }

    /// The service whose definition holds `location`: the last one starting at or before it in its file.
    static func service(at location: SourceLocation, in compose: [ComposeFile]) -> String? {
        let services = compose.flatMap(\.services).filter { $0.location.file == location.file }
        return services.filter { $0.location.line <= location.line }.max { $0.location.line < $1.location.line }?.name
    }
}
