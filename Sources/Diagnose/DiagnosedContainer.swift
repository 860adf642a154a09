import DockerEngine
import Plan

/// One container of the stack with what was read about it once, shared by every section.
public struct DiagnosedContainer: Sendable {
    /// The compose service, else the container name; the subject shown in reports.
    public var service: String
    /// The container name without dockerd's leading slash.
    public var name: String
    public var details: ContainerDetails
    /// The plan target it belongs to, if any.
    public var target: TargetSpec?

    static let serviceLabel = "com.docker.compose.service"

    init(details: ContainerDetails, target: TargetSpec?) {
        let name = details.name.hasPrefix("/") ? String(details.name.dropFirst()) : details.name
        self.name = name
        self.service = details.config.labels?[Self.serviceLabel] ?? name
        self.details = details
        self.target = target
    }

    var isRunning: Bool { details.state.running }

    /// Every name the container answers to on its networks: service, container name, aliases.
    var hostNames: Set<String> {
        var names: Set<String> = [service, name, String(details.id.prefix(12))]
        for endpoint in (details.networkSettings?.networks ?? [:]).values { names.formUnion(endpoint.aliases ?? []) }
        return names
    }

    /// The container's network names.
    var networks: Set<String> { Set((details.networkSettings?.networks ?? [:]).keys) }

    /// `KEY` → value from the container's environment.
    var environment: [String: String] {
        var result: [String: String] = [:]
        for entry in details.config.env ?? [] {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            result[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        return result
    }
}
