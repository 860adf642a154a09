import DockerEngine

/// What runs now, read from the containers' labels alone (works without the deploy database).
public struct RunningService: Sendable, Codable, Equatable {
    public var service: String
    public var container: String
    public var name: String
    public var imageID: String
    public var revision: String?
    public var deployID: String?
    /// When the container started (RFC 3339).
    public var since: String
}

public enum RunningNow {
    public static func read(client: any DockerEngineAPI, project: String, service: String?) async throws
        -> [RunningService]
    {
        let running = try await client.listContainers(
            ContainerFilter(composeProject: project, composeService: service, statuses: ["running"]))
        var result: [RunningService] = []
        for summary in running where summary.labels?[DeployLabels.composeOneOff] != "True" {
            guard let details = try? await client.inspectContainer(summary.id) else { continue }
            let labels = details.config.labels ?? [:]
            result.append(
                RunningService(
                    service: labels[DeployLabels.composeService] ?? "?", container: details.id,
                    name: DeployExecutor.bare(details.name), imageID: details.image,
                    revision: labels[DeployLabels.revision], deployID: labels[DeployLabels.deploy],
                    since: details.state.startedAt))
        }
        return result.sorted { $0.service < $1.service }
    }
}
