import ShipshapeCore

/// Reads the objects of one document.
struct KubernetesReader {
    /// Kinds whose pod template sits at `spec.template` (`spec` itself for a Pod, deeper for a CronJob).
    static let workloadKinds: Set<String> = [
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Pod", "Job", "CronJob",
    ]
    /// `List`s nested deeper than this are not followed.
    static let maxListDepth = 8

    let document: YAMLDocument
    private(set) var workloads: [KubernetesWorkload] = []
    private(set) var services: [KubernetesService] = []
    private(set) var problems: [ParseProblem] = []

    init(document: YAMLDocument) {
        self.document = document
    }

    mutating func note(_ node: YAMLNode, _ message: String) {
        problems.append(ParseProblem(location: document.location(of: node), message: message))
    }

    /// Reads one object, or the items of a `List` (`kind: List`, `DeploymentList`...).
    mutating func read(_ node: YAMLNode, depth: Int) {
        guard node.pairs != nil else {
            note(node, "Kubernetes manifest: expected an object (a mapping with apiVersion and kind)")
            return
        }
        // Kustomize patches and other fragments carry no apiVersion/kind: nothing to read.
        guard let kind = node["kind"]?.string, let apiVersion = node["apiVersion"]?.string else { return }
        if kind.hasSuffix("List"), let items = node["items"] {
            guard let list = items.items else {
                note(items, "Kubernetes manifest: `items` of a \(kind) must be a list")
                return
            }
            guard depth < Self.maxListDepth else { return }
            for item in list { read(item, depth: depth + 1) }
            return
        }
        let location = node.pair("kind").map { document.location(of: $0.key) } ?? document.location(of: node)
        if kind == "Service", apiVersion == "v1" {
            services.append(service(node, location: location))
        } else if let workload = workload(node, kind: kind, location: location) {
            workloads.append(workload)
        }
    }

    /// A workload of a known kind, or any object shaped like one (`spec.template.spec.containers`, as
    /// in Argo Rollouts); nil otherwise.
    mutating func workload(_ node: YAMLNode, kind: String, location: SourceLocation) -> KubernetesWorkload? {
        let template: YAMLNode?
        switch kind {
        case "Pod": template = node
        case "CronJob": template = node["spec"]?["jobTemplate"]?["spec"]?["template"]
        default: template = node["spec"]?["template"]
        }
        guard let template else { return nil }
        let podSpec = template["spec"]
        guard Self.workloadKinds.contains(kind) || podSpec?["containers"]?.items != nil else { return nil }
        let metadata = node["metadata"]
        return KubernetesWorkload(
            kind: kind, name: located(metadata?["name"]), namespace: metadata?["namespace"]?.string,
            podLabels: stringMap(template["metadata"]?["labels"]),
            containers: containers(podSpec?["containers"]), initContainers: containers(podSpec?["initContainers"]),
            location: location)
    }

    mutating func service(_ node: YAMLNode, location: SourceLocation) -> KubernetesService {
        let metadata = node["metadata"]
        let spec = node["spec"]
        var ports: [KubernetesServicePort] = []
        for item in spec?["ports"]?.items ?? [] {
            guard item.pairs != nil else {
                note(item, "Kubernetes Service: a `ports` entry must be a mapping")
                continue
            }
            ports.append(
                KubernetesServicePort(
                    name: item["name"]?.string, port: number(item["port"]),
                    targetPort: portReference(item["targetPort"]), location: document.location(of: item)))
        }
        return KubernetesService(
            name: located(metadata?["name"]), namespace: metadata?["namespace"]?.string,
            type: spec?["type"]?.string ?? "ClusterIP", selector: stringMap(spec?["selector"]), ports: ports,
            location: location, isHeadless: spec?["clusterIP"]?.string == "None")
    }

    // MARK: Scalars

    /// The value with the location of its text (inside any quotes).
    func located(_ node: YAMLNode?) -> Located<String>? {
        guard let node, let value = node.string else { return nil }
        return Located(value: value, location: document.span(of: node))
    }

    /// The scalar's text with every character positioned in the file.
    func text(_ node: YAMLNode?) -> EmbeddedText? {
        guard let node, node.scalar != nil else { return nil }
        return document.text(of: node)
    }

    /// A list of strings (`command:`, `args:`); scalars that are not strings are skipped.
    func texts(_ node: YAMLNode?) -> [EmbeddedText] {
        (node?.items ?? []).compactMap { text($0) }
    }

    /// A number scalar; anything else is noted and ignored.
    mutating func number(_ node: YAMLNode?) -> Located<Int>? {
        guard let value = located(node) else { return nil }
        guard let number = Int(value.value) else {
            if let node { note(node, "Kubernetes manifest: expected a port number, got `\(value.value)`") }
            return nil
        }
        return Located(value: number, location: value.location)
    }

    /// A port given as a number or a name.
    func portReference(_ node: YAMLNode?) -> Located<KubernetesPortReference>? {
        guard let value = located(node) else { return nil }
        return Located(value: KubernetesPortReference(value.value), location: value.location)
    }

    /// `labels:` / `selector:`: string keys to string values (numbers and booleans as written).
    func stringMap(_ node: YAMLNode?) -> [String: String] {
        var map: [String: String] = [:]
        for pair in node?.pairs ?? [] {
            guard let key = pair.key.string else { continue }
            map[key] = pair.value.string ?? ""
        }
        return map
    }
}
