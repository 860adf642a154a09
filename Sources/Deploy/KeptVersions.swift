import DockerEngine

/// The stopped containers of a service that deploy keeps for `rollback`, grouped into versions (the
/// containers one deploy created: its `io.shipshape.deploy` label; for containers compose made without
/// shipshape, its config hash), newest first. Pruning and the dry run's preview read the same list.
struct KeptVersions {
    struct Version: Equatable {
        var created: String
        var ids: [String]
        var names: [String]
    }

    let client: any DockerEngineAPI
    let project: String

    /// Stopped, non-one-off containers of `service` other than `excluded`, newest version first.
    func list(_ service: String, excluding excluded: Set<String>) async throws -> [Version] {
        let stopped = try await client.listContainers(
            ContainerFilter(all: true, composeProject: project, composeService: service)
        ).filter {
            !excluded.contains($0.id) && $0.state != "running" && $0.labels?[DeployLabels.composeOneOff] != "True"
        }
        var versions: [String: Version] = [:]
        for container in stopped {
            let created = (try? await client.inspectContainer(container.id))?.created ?? ""
            let labels = container.labels ?? [:]
            let key = labels[DeployLabels.deploy] ?? labels[DeployLabels.composeConfigHash] ?? container.id
            var entry = versions[key] ?? Version(created: created, ids: [], names: [])
            entry.created = max(entry.created, created)
            entry.ids.append(container.id)
            entry.names.append(container.names.first.map(DeployExecutor.bare) ?? String(container.id.prefix(12)))
            versions[key] = entry
        }
        return versions.values.sorted { $0.created > $1.created }
    }
}
