import Plan

/// How deploy judges a container: the probes of each service (from the plan or derived as `init` does), the
/// success threshold and deadline, and the soak.
public struct GateSettings: Sendable, Equatable {
    /// Per service: the target whose probes, expectations and timing gate it (its reference is replaced by
    /// the container under test).
    public var templates: [String: TargetSpec]
    public var defaults: Timing
    public var soakMilliseconds: Int
    /// The pause between soak rounds.
    public var soakIntervalMilliseconds: Int
    /// Per service (the plan's `deploy:`): consecutive successes its gate needs, over the target's timing.
    public var successes: [String: Int]
    /// Per service: its own soak, instead of `soakMilliseconds`.
    public var soaks: [String: Int]

    public init(
        templates: [String: TargetSpec], defaults: Timing, soakMilliseconds: Int, soakIntervalMilliseconds: Int = 250,
        successes: [String: Int] = [:], soaks: [String: Int] = [:]
    ) {
        self.templates = templates
        self.defaults = defaults
        self.soakMilliseconds = soakMilliseconds
        self.soakIntervalMilliseconds = soakIntervalMilliseconds
        self.successes = successes
        self.soaks = soaks
    }

    /// How long `service` is soaked.
    public func soak(of service: String) -> Int { soaks[service] ?? soakMilliseconds }

    /// The longest soak of these services (0: no soak step).
    public func longestSoak(of services: [String]) -> Int { services.map(soak(of:)).max() ?? 0 }

    /// The plan that gates `container` as `service` (no template: the default the wait engine picks at run time).
    /// `restoring` drops version expectations: a restored previous container runs the previous revision.
    public func plan(service: String, container: String, timing override: Timing? = nil, restoring: Bool = false)
        -> Plan
    {
        var target = templates[service] ?? TargetSpec(name: service, reference: .container(container))
        target.name = service
        target.reference = .container(container)
        if let override {
            target.timing = override
        } else if let successes = successes[service] {
            var timing = target.timing ?? defaults
            timing.successThreshold = successes
            target.timing = timing
        }
        if restoring {
            target.expectations.removeAll {
                switch $0 {
                case .version, .versionIfBuilt: true
                case .image: false
                }
            }
        }
        return Plan(targets: [target], defaults: defaults)
    }

    /// Picks each service's target from a plan: `service: NAME` (in this project or with no project),
    /// `container: <container_name>`, or a target named after the service.
    public static func templates(
        from plan: Plan, project: String, services: [ComposeServiceConfig]
    ) -> [String: TargetSpec] {
        var result: [String: TargetSpec] = [:]
        for service in services {
            let match =
                plan.targets.first { target in
                    switch target.reference {
                    case .composeService(let name, let targetProject):
                        return name == service.name && (targetProject == nil || targetProject == project)
                    case .container(let name):
                        return name == service.containerName
                    case .composeProject, .url:
                        return false
                    }
                } ?? plan.targets.first { $0.name == service.name && !$0.isURL }
            if let match { result[service.name] = match }
        }
        return result
    }
}

extension TargetSpec {
    var isURL: Bool { if case .url = reference { true } else { false } }
}
