import DeployModel
import ShipshapeCore

/// Every Kubernetes workload of the model, indexed by object (kind and name) and by pod label, so
/// Services find their pods and containers find their copies without scanning every workload.
struct KubernetesPodIndex: Sendable {
    /// A workload and the manifest it is written in; `index` is its position in `entries`, its identity.
    struct Entry: Sendable {
        let index: Int
        let file: String
        let workload: KubernetesWorkload
    }

    let entries: [Entry]
    private let byObject: [String: [Int]]
    private let byLabel: [String: [Int]]

    init(model: DeploymentModel) {
        var entries: [Entry] = []
        for file in model.kubernetesFiles {
            for workload in file.workloads {
                entries.append(Entry(index: entries.count, file: file.path, workload: workload))
            }
        }
        self.entries = entries
        var byObject: [String: [Int]] = [:]
        var byLabel: [String: [Int]] = [:]
        for entry in entries {
            if let key = Self.objectKey(entry.workload) { byObject[key, default: []].append(entry.index) }
            for (key, value) in entry.workload.podLabels { byLabel[key + "=" + value, default: []].append(entry.index) }
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
    /// Kustomize patch of it, its copy for another environment. Always holds `entry` itself.
    func copies(of entry: Entry) -> [Entry] {
        guard let key = Self.objectKey(entry.workload) else { return [entry] }
        return (byObject[key] ?? [entry.index]).map { entries[$0] }.filter {
            $0.index == entry.index || Self.sameNamespace($0.workload.namespace, entry.workload.namespace)
        }
    }

    /// The container and its namesakes in every other copy of its workload.
    func copies(of container: KubernetesContainer, in entry: Entry) -> [KubernetesContainer] {
        var copies = [container]
        for other in self.copies(of: entry) where other.index != entry.index {
            copies += (other.workload.containers + other.workload.initContainers).filter {
                $0.name?.value == container.name?.value
            }
        }
        return copies
    }

    /// Workloads whose pod template carries every label of `selector`, in a compatible namespace.
    /// The scan starts from the rarest label, so a label every workload of a chart shares
    /// (`app.kubernetes.io/instance`) does not make each Service look at every workload.
    func selected(by selector: [String: String], namespace: String?) -> [Entry] {
        var rarest: [Int]?
        for (key, value) in selector {
            let bucket = byLabel[key + "=" + value] ?? []
            if bucket.count < rarest?.count ?? Int.max { rarest = bucket }
        }
        return (rarest ?? []).map { entries[$0] }.filter { entry in
            Self.sameNamespace(namespace, entry.workload.namespace)
                && selector.allSatisfy { entry.workload.podLabels[$0.key] == $0.value }
        }
    }
}
