import DockerEngine
import Plan

/// What `deploy --dry-run` says of each service, read without changing anything: the image the compose
/// file names (and its ID when present), what would gate the new containers, the soak, and which kept
/// versions a successful deploy would keep and prune.
struct DryRunPreview {
    let client: any DockerEngineAPI
    let project: String
    let settings: GateSettings
    let keep: Int

    func report(_ plan: ServicePlan, service: ComposeServiceConfig) async throws -> DeployReport.Service {
        var report = DeployRunner.serviceReport(plan, executor: nil)
        let reference = service.imageReference(project: project)
        report.toReference = reference
        report.toBuild = service.hasBuild
        report.toImage = (try? await client.inspectImage(reference))?.id
        report.gate = Self.gate(settings.plan(service: plan.service, container: "new").targets.first, settings)
        report.soakMilliseconds = settings.soak(of: plan.service)
        // After a successful deploy the replaced containers are the newest kept version.
        let running = Set(plan.previous.map(\.id))
        var versions = try await KeptVersions(client: client, project: project).list(plan.service, excluding: running)
            .map(\.names)
        if !plan.previous.isEmpty { versions.insert(plan.previous.map(\.name), at: 0) }
        let kept = max(0, plan.keep ?? keep)
        report.keeps = versions.prefix(kept).flatMap { $0 }
        report.prunes = versions.dropFirst(kept).flatMap { $0 }
        return report
    }

    /// "http :8080/health, version v3; 3 consecutive successes within 1m30s".
    static func gate(_ target: TargetSpec?, _ settings: GateSettings) -> String {
        guard let target else { return "chosen at run time: the container's healthcheck, else its only port" }
        var checks = target.probes.map(Self.probe)
        if checks.isEmpty { checks = ["the container's healthcheck, else its only port (chosen at run time)"] }
        for expectation in target.expectations {
            switch expectation {
            case .version(let version, _), .versionIfBuilt(let version, _): checks.append("version \(version)")
            case .image(let image): checks.append("image \(image)")
            }
        }
        let timing = target.timing ?? settings.defaults
        let within = DurationText.format(milliseconds: timing.deadlineMilliseconds)
        let successes = timing.successThreshold == 1 ? "1 success" : "\(timing.successThreshold) consecutive successes"
        return checks.joined(separator: ", ") + "; \(successes) within \(within)"
    }

    static func probe(_ probe: ProbeSpec) -> String {
        switch probe {
        case .http(let http): "http " + (http.port.map { ":\($0)" } ?? "") + http.path
        case .tcp(let port): "tcp :\(port)"
        case .exec(let exec): "exec \(exec.command.joined(separator: " "))"
        case .dockerHealth: "docker health"
        }
    }
}
