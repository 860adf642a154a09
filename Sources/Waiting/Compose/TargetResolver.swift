import DockerEngine
import Plan
import Probes
import ShipshapeCore

/// One concrete thing to wait for, after compose references are expanded.
struct ResolvedTarget: Sendable {
    enum Subject: Sendable {
        case container(String)
        case url(String)
        /// Resolution itself failed (no such service, no container): reported without waiting.
        case missing(Classification)
    }

    var name: String
    var subject: Subject
    /// The compose service a container target stands for: its replacement is followed during a
    /// rollout, and version checks know whether the project builds it.
    var membership: ComposeMembership?

    var isContainer: Bool {
        if case .container = subject { return true }
        return false
    }
}

/// Expands compose services and projects into containers: every service of the project is a target,
/// whatever its state, so a stopped, never-started or missing service fails instead of disappearing.
enum TargetResolver {
    static func resolve(_ spec: TargetSpec, client: (any DockerEngineAPI)?) async throws -> [ResolvedTarget] {
        switch spec.reference {
        case .url(let url):
            return [ResolvedTarget(name: spec.name, subject: .url(url))]
        case .container(let name):
            return [ResolvedTarget(name: spec.name, subject: .container(name))]
        case .composeService(let service, let project):
            let client = try EngineRequirement.require(client)
            return try await resolveService(service, project: project, spec: spec, client: client)
        case .composeProject(let project):
            return try await expand(project: project, spec: spec, client: EngineRequirement.require(client))
        }
    }

    private static func resolveService(
        _ service: String, project: String?, spec: TargetSpec, client: any DockerEngineAPI
    )
        async throws -> [ResolvedTarget]
    {
        let found = try await client.listContainers(
            ContainerFilter(all: true, composeProject: project, composeService: service)
        ).filter { ComposeLabels.isStackContainer($0.labels) }
        let projects = Set(found.compactMap { $0.labels?[ComposeLabels.project] })
        if project == nil, projects.count > 1 {
            throw WaitUsageError.ambiguousService(service, projects: projects.sorted())
        }
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
        let facts = ComposeFilesReader.facts(configFiles: found.first?.labels?[ComposeLabels.configFiles])
        let membership = projects.first.map {
            ComposeMembership(project: $0, service: service, builtByFiles: facts.map { $0.built.contains(service) })
        }
        return targets(for: current(found), name: spec.name, membership: membership)
    }

    /// Every service of the project: from its containers, and from its compose files when readable here.
    private static func expand(project: String, spec: TargetSpec, client: any DockerEngineAPI) async throws
        -> [ResolvedTarget]
    {
        let found = try await client.listContainers(ContainerFilter(all: true, composeProject: project))
            .filter { ComposeLabels.isStackContainer($0.labels) }
        let facts = ComposeFilesReader.facts(configFiles: found.first?.labels?[ComposeLabels.configFiles])
        var byService: [String: [ContainerSummary]] = [:]
        for summary in found {
            byService[summary.labels?[ComposeLabels.service] ?? displayName(summary), default: []].append(summary)
        }
        let services =
            (facts?.services ?? []) + byService.keys.sorted().filter { !(facts?.services ?? []).contains($0) }
        var targets: [ResolvedTarget] = []
        for service in services {
            let name = "\(project)/\(service)"
            guard let containers = byService[service] else {
                targets.append(
                    ResolvedTarget(
                        name: name,
                        subject: .missing(
                            Classification(
                                .containerNotFound, "service \(service) has no container in project \(project)",
                                nextStep: "run `docker compose up -d \(service)` and read its output"))))
                continue
            }
            let membership = ComposeMembership(
                project: project, service: service, builtByFiles: facts.map { $0.built.contains(service) })
            targets += Self.targets(for: current(containers), name: name, membership: membership)
        }
        guard !targets.isEmpty else { throw WaitUsageError.emptyProject(project) }
        return targets
    }

    /// The containers that stand for a service now: its running replicas, else every one of them
    /// (a stopped or never-started container is what the wait must report, not skip).
    private static func current(_ containers: [ContainerSummary]) -> [ContainerSummary] {
        let running = containers.filter { $0.state == "running" || $0.state == "restarting" }
        return (running.isEmpty ? containers : running).sorted { displayName($0) < displayName($1) }
    }

    private static func targets(for chosen: [ContainerSummary], name: String, membership: ComposeMembership?)
        -> [ResolvedTarget]
    {
        if chosen.count == 1 {
            return [ResolvedTarget(name: name, subject: .container(chosen[0].id), membership: membership)]
        }
        return chosen.map {
            ResolvedTarget(name: "\(name)/\(displayName($0))", subject: .container($0.id), membership: membership)
        }
    }

    static func displayName(_ summary: ContainerSummary) -> String {
        let name = summary.names.first ?? summary.id
        return name.hasPrefix("/") ? String(name.dropFirst()) : name
    }
}
