import DeployModel
import ShipshapeCore

extension KubernetesProbePortMismatchRule {
    /// A Service's target ports against the containers of the pods it selects.
    func check(_ service: KubernetesService, pods: KubernetesPodIndex, context: LintContext) -> [Finding] {
        // A headless Service forwards nothing: its extra ports (peer discovery) need no container port.
        guard service.type != "ExternalName", !service.isHeadless, !service.selector.isEmpty else { return [] }
        let matching = pods.selected(by: service.selector, namespace: service.namespace)
        guard !matching.isEmpty else { return [] }
        // Kustomize patches of a selected workload carry no labels but may change its ports.
        // Workloads are told apart by their index, never by comparing their contents (that made this
        // quadratic in manifests on real monorepos).
        var seen: Set<Int> = []
        var selected: [(String, KubernetesWorkload, KubernetesContainer)] = []
        for entry in matching {
            for copy in pods.copies(of: entry) where seen.insert(copy.index).inserted {
                for container in copy.workload.containers + copy.workload.initContainers {
                    selected.append((copy.file, copy.workload, container))
                }
            }
        }
        let containers = selected.map(\.2)
        guard containers.contains(where: { !$0.ports.isEmpty }) else { return [] }
        // A number may reach a container that declares no ports at all: then nothing can be said.
        let numbersKnown = matching.allSatisfy { entry in
            entry.workload.containers.allSatisfy { container in
                pods.copies(of: container, in: entry).contains { !$0.ports.isEmpty }
            }
        }
        var findings: [Finding] = []
        for port in service.ports {
            guard
                let target = port.targetPort
                    ?? port.port.map({ Located(value: .number($0.value), location: $0.location) })
            else { continue }
            if case .number = target.value, !numbersKnown { continue }
            guard !isDeclared(target.value, in: containers),
                !isEvidenced(target.value, in: selected, context: context)
            else { continue }
            findings.append(
                report(service, port: port, target: target, selected: matching.map(\.workload), containers: containers))
        }
        return findings
    }

    func report(
        _ service: KubernetesService, port: KubernetesServicePort, target: Located<KubernetesPortReference>,
        selected: [KubernetesWorkload], containers: [KubernetesContainer]
    ) -> Finding {
        let serviceName = "Service \"\(service.name?.value ?? "?")\""
        let pods = selected.map(\.label).joined(separator: ", ")
        let declared = Self.describe(containers.flatMap(\.ports))
        let what: String
        switch (target.value, port.targetPort) {
        case (.number(let number), nil):
            what = "\(serviceName) has no targetPort, so it sends port \(number) to port \(number)"
        case (.number(let number), _):
            what = "\(serviceName) sends to targetPort \(number)"
        case (.name(let name), _):
            what = "\(serviceName) sends to the port named \"\(name)\""
        }
        let message = "\(what), but no container of the pods it selects (\(pods)) declares it; they declare \(declared)"
        var related: [Finding.Related] = []
        if let ports = containers.first(where: { !$0.ports.isEmpty })?.portsLocation {
            related.append(.init(ports, "ports declared here: \(declared)"))
        }
        for workload in selected.prefix(2) {
            related.append(
                .init(workload.location, "\(workload.label) is selected by \(Self.selectorText(service.selector))"))
        }
        let allPorts = containers.flatMap(\.ports)
        let fix = allPorts.first.map { first in
            let value = first.name?.value ?? first.containerPort.map { String($0.value) } ?? ""
            return "set `targetPort: \(value)`" + (port.targetPort == nil ? " on this port" : "")
                + " — or declare the port on the container"
        }
        return finding(message, at: target.location, related: related, fix: fix)
    }

    static func selectorText(_ selector: [String: String]) -> String {
        selector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }
}
