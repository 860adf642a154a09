import Foundation
import ShipshapeCore

/// A parsed Kubernetes manifest file: plain YAML, multi-document, `kind: List`, or rendered
/// Helm / Kustomize output. Objects of kinds Shipshape does not read are skipped.
public struct KubernetesFile: Sendable, Hashable {
    public let path: String
    /// Workloads in file order (Deployment, StatefulSet, DaemonSet, ReplicaSet, Pod, Job, CronJob...).
    public let workloads: [KubernetesWorkload]
    /// Core `v1` Services in file order.
    public let services: [KubernetesService]
    /// Malformed documents and objects; the rest of the file is still read.
    public let problems: [ParseProblem]

    public init(
        path: String, workloads: [KubernetesWorkload], services: [KubernetesService], problems: [ParseProblem]
    ) {
        self.path = path
        self.workloads = workloads
        self.services = services
        self.problems = problems
    }
}

/// An object that runs pods: its pod template's labels and containers.
public struct KubernetesWorkload: Sendable, Hashable {
    /// `Deployment`, `CronJob`, ... as written.
    public var kind: String
    public var name: Located<String>?
    /// `metadata.namespace`; nil when not written (the namespace is chosen at apply time).
    public var namespace: String?
    /// The pod template's labels (`metadata.labels` for a bare Pod).
    public var podLabels: [String: String]
    public var containers: [KubernetesContainer]
    /// `initContainers`, including native sidecars (`restartPolicy: Always`).
    public var initContainers: [KubernetesContainer]
    /// Where the object's `kind:` is written.
    public var location: SourceLocation

    public init(
        kind: String, name: Located<String>?, namespace: String?, podLabels: [String: String],
        containers: [KubernetesContainer], initContainers: [KubernetesContainer] = [], location: SourceLocation
    ) {
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.podLabels = podLabels
        self.containers = containers
        self.initContainers = initContainers
        self.location = location
    }

    /// `Deployment "web"`, for messages.
    public var label: String { "\(kind) \"\(name?.value ?? "?")\"" }
}

/// A `port:` / `targetPort:` / `containerPort:` value: a number or an IANA port name.
public enum KubernetesPortReference: Sendable, Hashable, CustomStringConvertible {
    case number(Int)
    case name(String)

    /// A number when the text is one (Helm often quotes numbers), else a name.
    public init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Int(trimmed) { self = .number(number) } else { self = .name(trimmed) }
    }

    public var description: String {
        switch self {
        case .number(let number): String(number)
        case .name(let name): name
        }
    }
}
