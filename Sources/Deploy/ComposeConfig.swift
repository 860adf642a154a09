import Foundation

/// A compose project as `docker compose config --format json` resolves it: its name and services.
public struct ComposeConfig: Sendable, Equatable {
    public var project: String
    public var services: [ComposeServiceConfig]

    public init(project: String, services: [ComposeServiceConfig]) {
        self.project = project
        self.services = services
    }

    public func service(_ name: String) -> ComposeServiceConfig? { services.first { $0.name == name } }

    /// Reads compose's JSON. Throws `DeployError.composeConfigInvalid` for anything unexpected.
    public static func parse(json: Data) throws -> ComposeConfig {
        guard let root = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any],
            let name = root["name"] as? String
        else { throw DeployError.composeConfigInvalid("docker compose config printed no project name") }
        let services = root["services"] as? [String: Any] ?? [:]
        let parsed = services.keys.sorted().compactMap { key -> ComposeServiceConfig? in
            guard let body = services[key] as? [String: Any] else { return nil }
            return service(key, body)
        }
        return ComposeConfig(project: name, services: parsed)
    }

    static func service(_ name: String, _ body: [String: Any]) -> ComposeServiceConfig {
        var fixed: [String] = []
        var ports: [Int] = []
        for case let port as [String: Any] in body["ports"] as? [Any] ?? [] {
            let proto = (port["protocol"] as? String ?? "tcp").lowercased()
            if let target = port["target"] as? Int, proto == "tcp", !ports.contains(target) { ports.append(target) }
            if let published = port["published"] as? String, !published.isEmpty, published != "0" {
                let host = (port["host_ip"] as? String).map { $0 + ":" } ?? ""
                fixed.append(host + published)
            }
        }
        for case let exposed as String in body["expose"] as? [Any] ?? [] {
            let number = exposed.split(separator: "/").first.flatMap { Int($0) }
            if let number, !ports.contains(number) { ports.append(number) }
        }
        let dependsOn: [String]
        if let mapping = body["depends_on"] as? [String: Any] {
            dependsOn = mapping.keys.sorted()
        } else {
            dependsOn = (body["depends_on"] as? [String]) ?? []
        }
        let replicas = ((body["deploy"] as? [String: Any])?["replicas"] as? Int) ?? (body["scale"] as? Int) ?? 1
        let healthcheck = body["healthcheck"] as? [String: Any]
        let disabled = healthcheck?["disable"] as? Bool ?? false
        return ComposeServiceConfig(
            name: name, image: body["image"] as? String, hasBuild: body["build"] != nil,
            pullPolicy: body["pull_policy"] as? String, containerName: body["container_name"] as? String,
            fixedHostPorts: fixed, containerPorts: ports, dependsOn: dependsOn,
            hasHealthcheck: healthcheck != nil && !disabled, profiles: body["profiles"] as? [String] ?? [],
            replicas: max(0, replicas))
    }

    /// `names` (all services without profiles when empty) with their dependencies first, as compose starts them.
    /// Dependencies that were not asked for are not added: deploy replaces only the services named. A service
    /// scaled to 0 replicas runs nothing to gate: it is left out of "all", and naming it is a usage error.
    public func dependencyOrder(of names: [String]) throws -> [ComposeServiceConfig] {
        let wanted = names.isEmpty ? services.filter { $0.profiles.isEmpty && $0.replicas > 0 }.map(\.name) : names
        for name in wanted {
            guard let config = service(name) else {
                throw DeployError.usage(
                    "no service '\(name)' in project \(project) (services: \(services.map(\.name).joined(separator: ", ")))"
                )
            }
            if config.replicas == 0 {
                throw DeployError.usage("service \(name) is scaled to 0 replicas: there is nothing to start and gate")
            }
        }
        var ordered: [ComposeServiceConfig] = []
        var visiting: Set<String> = []
        func visit(_ name: String) throws {
            if ordered.contains(where: { $0.name == name }) { return }
            guard let config = service(name) else { return }
            guard visiting.insert(name).inserted else {
                throw DeployError.composeConfigInvalid("dependency cycle through service '\(name)'")
            }
            for dependency in config.dependsOn { try visit(dependency) }
            if wanted.contains(name) { ordered.append(config) }
        }
        for name in wanted { try visit(name) }
        return ordered
    }
}
