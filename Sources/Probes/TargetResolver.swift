import DockerEngine
import Plan

/// One concrete thing to wait for, after compose references are expanded.
struct ResolvedTarget: Sendable {
    enum Subject: Sendable {
        case container(String)
        case url(String)
        /// Resolution itself failed (no such service): reported without waiting.
        case missing(Classification)
    }

    var name: String
    var subject: Subject
}

/// Expands compose services and projects into containers.
enum TargetResolver {
    static func resolve(_ spec: TargetSpec, client: DockerClient?) async throws -> [ResolvedTarget] {
        switch spec.reference {
        case .url(let url):
            return [ResolvedTarget(name: spec.name, subject: .url(url))]
        case .container(let name):
            return [ResolvedTarget(name: spec.name, subject: .container(name))]
        case .composeService(let service, let project):
            let client = try EngineRequirement.require(client)
            let found = try await client.listContainers(
                ContainerFilter(all: true, composeProject: project, composeService: service))
            guard !found.isEmpty else {
                let scope = project.map { " in project \($0)" } ?? ""
                return [
                    ResolvedTarget(
                        name: spec.name,
                        subject: .missing(
                            Classification(
                                .containerNotFound, "no container for compose service \(service)\(scope)",
                                nextStep: "check the service name and that `docker compose up` ran on this host")))
                ]
            }
            // Prefer running replicas: a stopped one from a previous deploy is not the one being waited for.
            let running = found.filter { $0.state == "running" }
            let chosen = running.isEmpty ? found : running
            if chosen.count == 1 { return [ResolvedTarget(name: spec.name, subject: .container(chosen[0].id))] }
            return chosen.map { ResolvedTarget(name: "\(spec.name)/\(displayName($0))", subject: .container($0.id)) }
        case .composeProject(let project):
            return try await expand(project: project, spec: spec, client: EngineRequirement.require(client))
        }
    }

    /// Every running service container of the project that has a healthcheck or a port.
    private static func expand(project: String, spec: TargetSpec, client: DockerClient) async throws -> [ResolvedTarget]
    {
        let found = try await client.listContainers(ContainerFilter(composeProject: project))
        var targets: [ResolvedTarget] = []
        for summary in found.sorted(by: { displayName($0) < displayName($1) }) {
            guard let details = try? await client.inspectContainer(summary.id) else { continue }
            let hasPort =
                !(details.config.exposedPorts ?? [:]).isEmpty
                || (details.networkSettings?.ports ?? [:]).values.contains { !($0 ?? []).isEmpty }
            guard HealthText.hasHealthcheck(details) || hasPort else { continue }
            let service = summary.labels?["com.docker.compose.service"] ?? displayName(summary)
            targets.append(ResolvedTarget(name: "\(project)/\(service)", subject: .container(summary.id)))
        }
        if targets.isEmpty {
            return [
                ResolvedTarget(
                    name: spec.name,
                    subject: .missing(
                        Classification(
                            .containerNotFound,
                            "compose project \(project) has no running container with a healthcheck or a port")))
            ]
        }
        return targets
    }

    static func displayName(_ summary: ContainerSummary) -> String {
        let name = summary.names.first ?? summary.id
        return name.hasPrefix("/") ? String(name.dropFirst()) : name
    }
}
