import DeployModel
import ShipshapeCore

/// The ports a Kubernetes container is known to listen on: `containerPort`s, `PORT`-style
/// environment and `--port`/`--bind` in its command and args.
enum KubernetesPorts {
    static func listening(_ container: KubernetesContainer) -> [ListeningPort] {
        var ports: [ListeningPort] = []
        for port in container.ports {
            guard let number = port.containerPort else { continue }
            let name = port.name.map { " (\($0.value))" } ?? ""
            ports.append(
                ListeningPort(
                    port: number.value, evidence: "containerPort: \(number.value)\(name)", location: number.location))
        }
        for variable in container.env where PortEvidence.isListenVariable(variable.name) {
            if let port = PortEvidence.port(in: variable.value.text) {
                ports.append(
                    ListeningPort(
                        port: port, evidence: "\(variable.name)=\(variable.value.text)", location: variable.location))
            }
        }
        ports += PortEvidence.inCommand((container.command + container.args).map(TextWord.init))
        return ports
    }

    /// Every port number anything says the container may listen on, beyond its `containerPort`s:
    /// any `*PORT*` variable (`MANAGEMENT_SERVER_PORT=8081`), command flags and the image's `EXPOSE`.
    static func otherEvidence(_ container: KubernetesContainer, image: ResolvedImage?) -> Set<Int> {
        var numbers = Set(listening(container).map(\.port))
        for variable in container.env where variable.name.uppercased().contains("PORT") {
            if let port = PortEvidence.port(in: variable.value.text) { numbers.insert(port) }
        }
        for port in image?.ports ?? [] { numbers.insert(port.port) }
        return numbers
    }
}
