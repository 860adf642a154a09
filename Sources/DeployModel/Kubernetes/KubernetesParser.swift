import ShipshapeCore

/// Parses Kubernetes manifest files: every document, `kind: List` items, workloads and Services.
public enum KubernetesParser {
    /// Parses the manifest `text` found at `path`. Problems never stop parsing.
    public static func parse(path: String, text: String) -> KubernetesFile {
        let stream = YAMLStream(file: path, text: text)
        var workloads: [KubernetesWorkload] = []
        var services: [KubernetesService] = []
        var problems: [ParseProblem] = []
        for document in stream.documents {
            problems += document.problems
            guard let root = document.root, !root.isNull else { continue }
            var reader = KubernetesReader(document: document)
            reader.read(root, depth: 0)
            workloads += reader.workloads
            services += reader.services
            problems += reader.problems
        }
        return KubernetesFile(
            path: path, workloads: workloads, services: services, problems: problems + stream.problems)
    }
}
