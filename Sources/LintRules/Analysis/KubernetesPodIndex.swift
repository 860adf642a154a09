import DeployModel
import ShipshapeCore

/// Every Kubernetes workload of the model, indexed by object (kind and name) and by pod label, so
/// Services find their pods and containers find their copies without scanning every workload.
struct KubernetesPodIndex: Sendable {
    /// A workload and the manifest it is written in.
    struct Entry: Sendable {
        let file: String
        let workload: KubernetesWorkload
    }

    let entries: [Entry]
    private let byObject: [String: [Int]]
    private let byLabel: [String: [Int]]

    init(model: DeploymentModel) {
        entries = model.kubernetesFiles.flatMap { file in file.workloads.map { Entry(file: file.path, workload: $0) } }
        var byObject: [String: [Int]] = [:]
        var byLabel: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if let key = Self.objectKey(entry.workload) { byObject[key, default: []].append(index) }
            for (key, value) in entry.workload.podLabels { byLabel[key + "=" + value, default: []].append(index) }
        }
        self.byObject = byObject
        self.byLabel = byLabel
    }

    static func objectKey(_ workload: KubernetesWorkload) -> String? {
        workload.name.map { workload.kind + "/" + $0.value }
    }

    /// Namespaces match when equal or when either is left to apply time.
    static func sameNamespace(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return true }
        return lhs == rhs
    }

    /// Workloads of the same kind and name in a compatible namespace: the workload itself, a
    /// Kustomize patch of it, its copy for another environment.
    func copies(of workload: KubernetesWorkload) -> [Entry] {
        guard let key = Self.objectKey(workload) else { return [] }
        return (byObject[key] ?? []).map { entries[$0] }.filter {
            Self.sameNamespace($0.workload.namespace, workload.namespace)
        }
    }

    /// The container and its namesakes in every copy of its workload.
    func copies(of container: KubernetesContainer, in workload: KubernetesWorkload) -> [KubernetesContainer] {
        var copies = [container]
        for entry in self.copies(of: workload) where entry.workload != workload {
            copies += (entry.workload.containers + entry.workload.initContainers).filter {
                $0.name?.value == container.name?.value
            }
        }
        return copies
    }

    /// Workloads whose pod template carries every label of `selector`, in a compatible namespace.
    func selected(by selector: [String: String], namespace: String?) -> [Entry] {
        guard let first = selector.min(by: { $0.key < $1.key }) else { return [] }
        return (byLabel[first.key + "=" + first.value] ?? []).map { entries[$0] }.filter { entry in
            Self.sameNamespace(namespace, entry.workload.namespace)
                && selector.allSatisfy { entry.workload.podLabels[$0.key] == $0.value }
        }
    }
}
