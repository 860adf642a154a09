import DockerEngine
import Plan
import ShipshapeCore

/// Finds the containers of the project and the plan, inspected once, concurrently.
struct StackInventory: Sendable {
    var containers: [DiagnosedContainer]
    /// Plan targets that matched no container (reported as failed checks).
    var missing: [DiagnosisCheck]

    static func load(_ request: DiagnosisRequest, client: any DockerEngineAPI) async throws -> StackInventory {
        var ids: [(String, TargetSpec?)] = []
        var missing: [DiagnosisCheck] = []
        if let project = request.project {
            let found = try await client.listContainers(ContainerFilter(all: true, composeProject: project))
            if found.isEmpty, request.plan.targets.isEmpty { throw DiagnoseError.emptyProject(project) }
            ids += found.map { summary in
                let service = summary.labels?[DiagnosedContainer.serviceLabel]
                return (
                    summary.id, request.plan.targets.first { $0.name == service || Self.service(of: $0) == service }
                )
            }
        }
        for target in request.plan.targets {
            let found = try await containers(of: target, client: client)
            if found.isEmpty, !Self.isURL(target) {
                missing.append(
                    DiagnosisCheck(
                        section: .containers, subject: target.name, name: "exists", status: .fail,
                        cause: .containerNotFound,
                        message: "no container found for \(Self.describe(target.reference))",
                        nextStep: "check the name and that the service was started on this host",
                        commands: ["docker ps -a"]))
            }
            ids += found.map { ($0, target) }
        }
        var unique: [(String, TargetSpec?)] = []
        for (id, target) in ids where !unique.contains(where: { $0.0 == id }) { unique.append((id, target)) }
        let inspected = await withTaskGroup(of: (Int, ContainerDetails?).self) { group in
            for (index, entry) in unique.enumerated() {
                group.addTask { (index, try? await client.inspectContainer(entry.0)) }
            }
            var result: [(Int, ContainerDetails?)] = []
            for await pair in group { result.append(pair) }
            return result.sorted { $0.0 < $1.0 }
        }
        let containers = inspected.compactMap { index, details in
            details.map { DiagnosedContainer(details: $0, target: unique[index].1) }
        }
        return StackInventory(
            containers: containers.sorted { ($0.service, $0.name) < ($1.service, $1.name) }, missing: missing)
    }

    private static func containers(of target: TargetSpec, client: any DockerEngineAPI) async throws -> [String] {
        switch target.reference {
        case .container(let name):
            return (try? await client.inspectContainer(name)).map { [$0.id] } ?? []
        case .composeService(let service, let project):
            return try await client.listContainers(
                ContainerFilter(all: true, composeProject: project, composeService: service)
            ).map(\.id)
        case .composeProject(let project):
            return try await client.listContainers(ContainerFilter(all: true, composeProject: project)).map(\.id)
        case .url:
            return []
        }
    }

    private static func service(of target: TargetSpec) -> String? {
        if case .composeService(let service, _) = target.reference { return service }
        return nil
    }

    static func isURL(_ target: TargetSpec) -> Bool {
        if case .url = target.reference { return true }
        return false
    }

    static func describe(_ reference: TargetSpec.Reference) -> String {
        switch reference {
        case .container(let name): "container \(name)"
        case .composeService(let service, let project):
            "compose service \(service)" + (project.map { " in project \($0)" } ?? "")
        case .composeProject(let project): "compose project \(project)"
        case .url(let url): url
        }
    }
}
