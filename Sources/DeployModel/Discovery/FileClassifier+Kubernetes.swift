import Foundation

extension FileClassifier {
    /// How much of a YAML file is read to decide whether it holds Kubernetes objects.
    static let kubernetesSniffLength = 65_536

    /// YAML names that are never manifests even when they carry `apiVersion` and `kind`.
    static let notManifests: Set<String> = [
        "shipshape.yml", "shipshape.yaml", ".shipshape.yml", ".shipshape.yaml", "chart.yaml", "chart.yml",
        "kustomization.yaml", "kustomization.yml", ".pre-commit-config.yaml", ".pre-commit-hooks.yaml",
    ]

    /// True for a `.yml`/`.yaml` name that may be a manifest (not a chart, plan or tool configuration).
    static func mayBeKubernetes(name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") else { return false }
        return !notManifests.contains(lower)
    }

    /// True when YAML text holds Kubernetes objects: `apiVersion:` and `kind:` keys at column 0 (in
    /// any document), and no template directive at column 0 (`{{ if ... }}` of an unrendered chart).
    static func looksLikeKubernetes(_ text: some StringProtocol) -> Bool {
        var hasAPIVersion = false
        var hasKind = false
        for line in text.split(whereSeparator: isLineBreak) {
            if line.hasPrefix("{{") || line.hasPrefix("{%") { return false }
            if line.hasPrefix("apiVersion:") { hasAPIVersion = true }
            if line.hasPrefix("kind:") { hasKind = true }
        }
        return hasAPIVersion && hasKind
    }

    /// True for a YAML file on disk that holds Kubernetes objects (its first 64 KB are read) and is
    /// not a template of a Helm chart (`templates/` next to a `Chart.yaml`).
    static func isKubernetesManifest(path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard mayBeKubernetes(name: name), !isInHelmChartTemplates(path) else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: kubernetesSniffLength), !data.contains(0) else { return false }
        return looksLikeKubernetes(String(decoding: data, as: UTF8.self))
    }

    /// True when a directory above `path` is a chart's `templates/` (its parent holds `Chart.yaml`).
    static func isInHelmChartTemplates(_ path: String) -> Bool {
        var directory = (path as NSString).deletingLastPathComponent
        // Charts nest templates a few levels deep at most; the bound keeps the walk cheap.
        for _ in 0..<8 {
            guard !directory.isEmpty, directory != "/", directory != "." else { return false }
            if (directory as NSString).lastPathComponent == "templates" {
                let chart = ((directory as NSString).deletingLastPathComponent as NSString)
                if FileManager.default.fileExists(atPath: chart.appendingPathComponent("Chart.yaml"))
                    || FileManager.default.fileExists(atPath: chart.appendingPathComponent("Chart.yml"))
                {
                    return true
                }
            }
            directory = (directory as NSString).deletingLastPathComponent
        }
        return false
    }
}
