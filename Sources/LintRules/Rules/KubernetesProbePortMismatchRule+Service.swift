import DeployModel
import ShipshapeCore

extension KubernetesProbePortMismatchRule {
    /// A Service's target ports against the containers of the pods it selects.
    func check(
        _ service: KubernetesService, workloads: [(String, KubernetesWorkload)], context: LintContext
    ) -> [Finding] {
        guard service.type != "ExternalName", !service.selector.isEmpty else { return [] }
        let matching = workloads.filter { _, workload in
            Self.sameNamespace(service.namespace, workload.namespace)
                && service.selector.allSatisfy { workload.podLabels[$0.key] == $0.value }
        }
        guard !matching.isEmpty else { return [] }
        // Kustomize patches of a selected workload carry no labels but may change its ports.
        let all = workloads.map(\.1)
        let selected = workloads.filter { _, workload in
            matching.contains { Self.isSameObject($0.1, workload) || $0.1 == workload }
        }
        let containers = selected.flatMap { $0.1.containers + $0.1.initContainers }
        guard containers.contains(where: { !$0.ports.isEmpty }) else { return [] }
        // A number may reach a container that declares no ports at all: then nothing can be said.
        let numbersKnown = matching.allSatisfy { _, workload in
            workload.containers.allSatisfy { container in
                Self.copies(of: container, in: workload, among: all).contains { !$0.ports.isEmpty }
            }
        }
        var evidence: Set<Int> = []
        for (path, workload) in selected {
            for container in workload.containers + workload.initContainers {
                evidence.formUnion(otherPorts(of: container, in: workload, file: path, context: context))
            }
        }
        var findings: [Finding] = []
        for port in service.ports {
            guard
                let target = port.targetPort
                    ?? port.port.map({ Located(value: .number($0.value), location: $0.location) })
            else { continue }
            if case .number = target.value, !numbersKnown { continue }
            guard !isDeclared(target.value, in: containers, evidence: evidence) else { continue }
            findings.append(report(service, port: port, target: target, selected: matching, containers: containers))
        }
        return findings
    }

    /// Namespaces match when equal or when either is left to apply time.
    static func sameNamespace(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return true }
        return lhs == rhs
    }

    func report(
        _ service: KubernetesService, port: KubernetesServicePort, target: Located<KubernetesPortReference>,
        selected: [(String, KubernetesWorkload)], containers: [KubernetesContainer]
    ) -> Finding {
        let serviceName = "Service \"\(service.name?.value ?? "?")\""
        let pods = selected.map(\.1.label).joined(separator: ", ")
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
        for (_, workload) in selected.prefix(2) {
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
