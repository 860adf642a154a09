/// How one service's containers are replaced.
public enum Strategy: String, Sendable, Codable, Equatable {
    /// The new container runs beside the old one, is gated, then the old one is stopped: no gap.
    case startFirst = "start-first"
    /// The new container is created first, the old one stopped (and kept), then the new one started and
    /// gated; restoring the old one is a container start.
    case stopFirst = "stop-first"

    /// start-first unless two containers of the service cannot run at once: a fixed `container_name`
    /// (compose names containers uniquely otherwise) or a fixed host port (both would bind it).
    public static func choose(for service: ComposeServiceConfig) -> (Strategy, reason: String) {
        var blockers: [String] = []
        if let name = service.containerName { blockers.append("container_name \(name)") }
        if !service.fixedHostPorts.isEmpty {
            blockers.append("fixed host port \(service.fixedHostPorts.joined(separator: ", "))")
        }
        if blockers.isEmpty {
            return (.startFirst, "no container_name and no fixed host port: old and new can run side by side")
        }
        return (.stopFirst, blockers.joined(separator: " and ") + " cannot be held by two containers at once")
    }

    /// The plan's choice (`deploy.services.S.strategy`) when there is one: stop-first is always possible;
    /// start-first where two containers cannot run at once is a usage error that says why.
    public static func choose(for service: ComposeServiceConfig, override: Strategy?) throws -> (
        Strategy, reason: String
    ) {
        let (natural, why) = choose(for: service)
        switch (override, natural) {
        case (nil, _): return (natural, why)
        case (.stopFirst, _): return (.stopFirst, "the plan's deploy.services.\(service.name).strategy")
        case (.startFirst, .startFirst): return (.startFirst, "the plan's deploy.services.\(service.name).strategy")
        case (.startFirst, .stopFirst):
            throw DeployError.usage(
                "deploy.services.\(service.name).strategy: start-first is impossible for \(service.name): \(why); "
                    + "use stop-first or remove them")
        }
    }
}
