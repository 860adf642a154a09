import DeployModel
import ShipshapeCore

/// A Kubernetes probe or Service aims at a port the pod's containers do not declare.
struct KubernetesProbePortMismatchRule: Rule {
    static let description = RuleDescription(
        identifier: "k8s-probe-port-mismatch",
        name: "Kubernetes probe or Service on an undeclared port",
        summary:
            "An httpGet/tcpSocket/grpc probe or a Service targetPort names a port (number or name) the container does not declare.",
        rationale: """
            The kubelet probes the pod's own address: a liveness probe on 8000 while the container \
            listens on 8080 fails every time, and Kubernetes restarts a healthy container in a loop; a \
            readiness probe on the wrong port keeps the pod out of every Service. A probe or Service \
            `targetPort` given by *name* only works when a container declares a port with that name. \
            Shipshape compares probe ports with the container's `containerPort`s and names (when it declares \
            any), and each Service's `targetPort` (or its `port`, when no `targetPort` is given) with the \
            ports of the pods its selector picks (same namespace, every selector label on the pod \
            template). Ports that a `PORT`-style variable, a `--port`/`--bind` flag, the image's `EXPOSE` or a \
            Kustomize patch of the same workload name count as declared. A Service whose pods are not in \
            the repository is left alone, and so is a port number that may reach a container declaring none.
            """,
        severity: .error,
        nonTriggering: KubernetesProbePortMismatchExamples.nonTriggering
            + KubernetesProbePortMismatchHelmExamples.nonTriggering,
        triggering: KubernetesProbePortMismatchExamples.triggering + KubernetesProbePortMismatchHelmExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        let pods = KubernetesPodIndex(model: context.model)
        for entry in pods.entries {
            let workload = entry.workload
            for container in workload.containers + workload.initContainers where !container.ports.isEmpty {
                // A Kustomize patch or another environment's copy may declare more ports on the same container.
                let copies = pods.copies(of: container, in: entry)
                for probe in container.probes {
                    guard let port = probe.podPort, !isDeclared(port.value, in: copies),
                        !isEvidenced(port.value, in: [(entry.file, workload, container)], context: context)
                    else { continue }
                    findings.append(report(probe, port: port, container: container, workload: workload))
                }
            }
        }
        for file in context.model.kubernetesFiles {
            for service in file.services {
                findings += check(service, pods: pods, context: context)
            }
        }
        return findings
    }

    /// True when a container declares the port: a `containerPort` number or a port name.
    func isDeclared(_ port: KubernetesPortReference, in containers: [KubernetesContainer]) -> Bool {
        switch port {
        case .number(let number): containers.contains { $0.ports.contains { $0.containerPort?.value == number } }
        case .name(let name): containers.contains { $0.ports.contains { $0.name?.value == name } }
        }
    }

    /// True when a port number is named by other evidence than `containerPort`: environment, command
    /// flags, the image's `EXPOSE`. Resolving images costs, so this runs only after `isDeclared` failed.
    func isEvidenced(
        _ port: KubernetesPortReference, in containers: [(String, KubernetesWorkload, KubernetesContainer)],
        context: LintContext
    ) -> Bool {
        guard case .number(let number) = port else { return false }
        return containers.contains { file, workload, container in
            let target = context.targets.target(of: container, in: workload, file: file)
            let image = target.candidates.first.flatMap { context.targets.images.resolve($0.source) }
            return KubernetesPorts.otherEvidence(container, image: image).contains(number)
        }
    }

    func report(
        _ probe: KubernetesProbe, port: Located<KubernetesPortReference>, container: KubernetesContainer,
        workload: KubernetesWorkload
    ) -> Finding {
        let declared = Self.describe(container.ports)
        let subject = "container \"\(container.name?.value ?? "?")\" of \(workload.label)"
        let message: String
        switch port.value {
        case .number(let number):
            message = "the \(probe.kind.rawValue) calls port \(number), but \(subject) declares \(declared)"
        case .name(let name):
            message =
                "the \(probe.kind.rawValue) uses port name \"\(name)\", but \(subject) has no port of that name (it declares \(declared))"
        }
        var related: [Finding.Related] = []
        if let ports = container.portsLocation { related.append(.init(ports, "ports declared here: \(declared)")) }
        return finding(
            message, at: port.location, related: related, fix: Self.fix(for: port.value, ports: container.ports))
    }

    /// `8080 (http), 9090`.
    static func describe(_ ports: [KubernetesContainerPort]) -> String {
        let parts = ports.compactMap { port -> String? in
            switch (port.containerPort?.value, port.name?.value) {
            case (let number?, let name?): "\(number) (\(name))"
            case (let number?, nil): String(number)
            case (nil, let name?): name
            case (nil, nil): nil
            }
        }
        return parts.isEmpty ? "no port" : parts.joined(separator: ", ")
    }

    /// Use a declared port instead, or declare the one used.
    static func fix(for port: KubernetesPortReference, ports: [KubernetesContainerPort]) -> String {
        let numbers = ports.compactMap { $0.containerPort?.value }
        let names = ports.compactMap { $0.name?.value }
        switch port {
        case .number(let number):
            let use = numbers.first.map { "use port \($0)" + (names.first.map { " (or its name `\($0)`)" } ?? "") }
            return [use, "declare `containerPort: \(number)` if the container really listens there"]
                .compactMap { $0 }.joined(separator: ", or ")
        case .name(let name):
            let use = names.isEmpty ? nil : "use a declared name (\(names.joined(separator: ", ")))"
            return [use, "add `name: \(name)` to the port it means"].compactMap { $0 }.joined(separator: ", or ")
        }
    }
}
