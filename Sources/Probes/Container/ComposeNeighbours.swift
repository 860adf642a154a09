import DockerEngine
import ShipshapeCore

/// The other containers of a target's compose project: what a never-started container waits for,
/// and whether an exited one was a one-shot task that others wait to complete.
package struct ComposeNeighbours: Sendable {
    package let client: any DockerEngineAPI
    package let membership: ComposeMembership

    package init(client: any DockerEngineAPI, project: String, service: String) {
        self.client = client
        self.membership = ComposeMembership(project: project, service: service, builtByFiles: nil)
    }

    package init(client: any DockerEngineAPI, membership: ComposeMembership) {
        self.client = client
        self.membership = membership
    }

    /// The stack's containers of one service, running ones first.
    package func containers(of service: String) async -> [ContainerSummary]? {
        guard
            let found = try? await client.listContainers(
                ContainerFilter(all: true, composeProject: membership.project, composeService: service))
        else { return nil }
        return found.filter { ComposeLabels.isStackContainer($0.labels) }
            .sorted { ($0.state == "running" ? 0 : 1) < ($1.state == "running" ? 0 : 1) }
    }

    /// True when another service of the project waits for this one with `service_completed_successfully`:
    /// an exit with code 0 is then the service doing its job (a migration, a seed).
    package func isOneShot() async -> Bool {
        guard
            let found = try? await client.listContainers(ContainerFilter(all: true, composeProject: membership.project))
        else { return false }
        return found.contains { summary in
            ComposeLabels.dependencies(summary.labels).contains {
                $0.service == membership.service && $0.condition == "service_completed_successfully"
            }
        }
    }

    /// Why a `created` container will never start, nil while a dependency may still let it start,
    /// and `.satisfied` when nothing it depends on holds it back.
    package enum Blocker: Sendable {
        case failed(Classification)
        case pending(String)
        case satisfied
    }

    package func blocker(for details: ContainerDetails) async -> Blocker {
        var pending: [String] = []
        for dependency in ComposeLabels.dependencies(details.config.labels) {
            guard let found = await containers(of: dependency.service) else { continue }
            guard let dep = found.first else {
                return .failed(
                    blocked(details, "it depends on service \(dependency.service), which has no container"))
            }
            guard let inspected = try? await client.inspectContainer(dep.id) else { continue }
            let state = inspected.state
            switch dependency.condition {
            case "service_completed_successfully":
                if state.status == "exited" || state.status == "dead" {
                    if state.exitCode != 0 {
                        return .failed(
                            blocked(
                                details,
                                "it waits for \(dependency.service) to complete successfully, which exited with code \(state.exitCode)"
                            ))
                    }
                } else {
                    pending.append("\(dependency.service) to complete")
                }
            case "service_healthy":
                if !state.running {
                    if state.status == "exited" || state.status == "dead" {
                        return .failed(
                            blocked(
                                details,
                                "it waits for \(dependency.service) to be healthy, which exited with code \(state.exitCode)"
                            ))
                    }
                    pending.append("\(dependency.service) to start")
                } else if !HealthText.hasHealthcheck(inspected) {
                    return .failed(
                        blocked(
                            details,
                            "it waits for \(dependency.service) to be healthy (depends_on: service_healthy), but \(dependency.service) has no healthcheck"
                        ))
                } else if state.health?.status == "unhealthy" {
                    return .failed(
                        blocked(
                            details,
                            "it waits for \(dependency.service) to be healthy, which is unhealthy: `docker compose up` gave up"
                        ))
                } else if state.health?.status != "healthy" {
                    pending.append("\(dependency.service) to be healthy")
                }
            default:
                if !state.running {
                    if state.status == "exited" || state.status == "dead" {
                        return .failed(
                            blocked(
                                details, "it depends on \(dependency.service), which exited with code \(state.exitCode)"
                            ))
                    }
                    pending.append("\(dependency.service) to start")
                }
            }
        }
        return pending.isEmpty ? .satisfied : .pending("waiting for " + pending.joined(separator: ", "))
    }

    private func blocked(_ details: ContainerDetails, _ reason: String) -> Classification {
        Classification(
            .containerNotStarted, "the container was created but never started: \(reason)",
            nextStep:
                "fix \(reason.contains("no healthcheck") ? "the dependency's healthcheck" : "the dependency") first, then run `docker compose up -d` again"
        )
    }
}
