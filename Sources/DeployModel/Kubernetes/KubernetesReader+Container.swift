import ShipshapeCore

extension KubernetesReader {
    /// `containers:` / `initContainers:` items.
    mutating func containers(_ node: YAMLNode?) -> [KubernetesContainer] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            note(node, "Kubernetes manifest: `containers` must be a list")
            return []
        }
        var containers: [KubernetesContainer] = []
        for item in items {
            guard item.pairs != nil else {
                note(item, "Kubernetes manifest: a container must be a mapping")
                continue
            }
            containers.append(container(item))
        }
        return containers
    }

    mutating func container(_ node: YAMLNode) -> KubernetesContainer {
        var ports: [KubernetesContainerPort] = []
        for item in node["ports"]?.items ?? [] where item.pairs != nil {
            ports.append(
                KubernetesContainerPort(
                    containerPort: number(item["containerPort"]), name: located(item["name"]),
                    proto: item["protocol"]?.string ?? "TCP"))
        }
        var env: [KubernetesEnvVar] = []
        for item in node["env"]?.items ?? [] {
            // `valueFrom` (secrets, config maps, field refs) has no value to read here.
            guard let name = item["name"]?.string, let value = text(item["value"]) else { continue }
            env.append(
                KubernetesEnvVar(name: name, value: value, location: document.location(of: item["name"] ?? item)))
        }
        var probes: [KubernetesProbe] = []
        for kind in KubernetesProbe.Kind.allCases {
            guard let pair = node.pair(kind.rawValue), let action = probeAction(pair.value) else { continue }
            probes.append(KubernetesProbe(kind: kind, action: action, location: document.location(of: pair.key)))
        }
        var hooks: [KubernetesHook] = []
        for name in ["postStart", "preStop"] {
            guard let pair = node["lifecycle"]?.pair(name), let exec = pair.value["exec"] else { continue }
            hooks.append(
                KubernetesHook(name: name, command: texts(exec["command"]), location: document.location(of: pair.key)))
        }
        return KubernetesContainer(
            name: located(node["name"]), image: located(node["image"]), command: texts(node["command"]),
            args: texts(node["args"]), ports: ports,
            portsLocation: node.pair("ports").map { document.location(of: $0.key) },
            env: env, probes: probes, hooks: hooks, location: document.location(of: node))
    }

    /// The handler of a probe: `exec`, `httpGet`, `tcpSocket` or `grpc`.
    func probeAction(_ node: YAMLNode) -> KubernetesProbe.Action? {
        if let exec = node["exec"] {
            return .exec(texts(exec["command"]))
        }
        if let http = node["httpGet"] {
            return .httpGet(port: portReference(http["port"]), path: located(http["path"]), host: http["host"]?.string)
        }
        if let tcp = node["tcpSocket"] {
            return .tcpSocket(port: portReference(tcp["port"]), host: tcp["host"]?.string)
        }
        if let grpc = node["grpc"] {
            return .grpc(port: portReference(grpc["port"]))
        }
        return nil
    }
}
