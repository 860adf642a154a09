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
    /// any document), no template directive at column 0 (`{{ if ... }}` of an unrendered chart) and
    /// no Helm action anywhere (`{{ .Values.image }}`).
    static func looksLikeKubernetes(_ text: some StringProtocol) -> Bool {
        // A chart's template outside `templates/`-beside-`Chart.yaml` (a chart kept without its
        // Chart.yaml, a copied template): `{{ .Values.x }}` is not YAML until Helm renders it.
        if TemplateMarkers.isHelmTemplate(text) { return false }
        var hasAPIVersion = false
        var hasKind = false
        // Over the bytes: this runs on every YAML file whose name says nothing, up to 64 KB each.
        for line in text.utf8.split(whereSeparator: { $0 == newline || $0 == carriageReturn }) {
            if line.starts(with: templateOpen) || line.starts(with: jinjaOpen) { return false }
            if line.starts(with: apiVersionKey) { hasAPIVersion = true }
            if line.starts(with: kindKey) { hasKind = true }
        }
        return hasAPIVersion && hasKind
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let templateOpen = Array("{{".utf8)
    private static let jinjaOpen = Array("{%".utf8)
    private static let apiVersionKey = Array("apiVersion:".utf8)
    private static let kindKey = Array("kind:".utf8)

    /// Suffixes of example copies (`docker-compose.yml.example`, `stack.yml.dist`): read by content.
    static let exampleSuffixes = [".example", ".dist", ".sample", ".template"]

    /// The YAML name a file stands for: its own when it ends in `.yml`/`.yaml`, the name without an
    /// example suffix (`compose.yml.example` → `compose.yml`), else nil.
    static func yamlName(_ name: String) -> String? {
        var lower = name.lowercased()
        for suffix in exampleSuffixes where lower.hasSuffix(suffix) {
            lower.removeLast(suffix.count)
            break
        }
        return lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") ? lower : nil
    }

    /// The kind of a YAML file whose name said nothing, from its text: Kubernetes objects, or a
    /// compose file (top-level `services:` whose entries carry compose keys). `path`, when on disk,
    /// lets a chart's `templates/` be recognised.
    static func kind(ofYAMLNamed name: String, text: some StringProtocol, path: String?) -> FileKind? {
        if mayBeKubernetes(name: name), looksLikeKubernetes(text) {
            return path.map(isInHelmChartTemplates) == true ? nil : .kubernetes
        }
        return looksLikeCompose(text) ? .compose : nil
    }

    /// `.kubernetes` or `.compose` for a YAML file on disk whose name said neither (first 64 KB read).
    static func sniffYAML(path: String, name: String) -> FileKind? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: kubernetesSniffLength), !data.contains(0) else { return nil }
        return kind(ofYAMLNamed: name, text: String(decoding: data, as: UTF8.self), path: path)
    }

    /// Keys only a compose service carries together; one of them under a service confirms a compose file.
    static let composeServiceKeys: Set<String> = [
        "image", "build", "container_name", "depends_on", "healthcheck", "ports", "restart", "env_file",
        "command", "entrypoint", "networks", "volumes", "environment", "expose", "labels", "deploy",
    ]

    /// True when YAML text has a top-level `services:` mapping whose first service holds a compose key
    /// (`image:`, `build:`...). A list under `services:` (GitLab CI, Drone) is not compose.
    static func looksLikeCompose(_ text: some StringProtocol) -> Bool {
        var inServices = false
        var serviceIndent: Int?
        for line in text.split(whereSeparator: isLineBreak) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let indent = line.count - trimmed.count
            if indent == 0 {
                inServices = line.hasPrefix("services:") && line.dropFirst(9).allSatisfy { $0 == " " }
                serviceIndent = nil
                continue
            }
            guard inServices else { continue }
            guard let outer = serviceIndent else {
                // The first service's name; a list item means another tool's `services:`.
                if trimmed.hasPrefix("-") { inServices = false }
                serviceIndent = indent
                continue
            }
            guard indent > outer, let colon = trimmed.firstIndex(of: ":") else { continue }
            if composeServiceKeys.contains(String(trimmed[..<colon])) { return true }
        }
        return false
    }

    /// A chart's `values.yaml` (beside `Chart.yaml`) or a YAML template under its `templates/`; nil otherwise.
    static func helmKind(path: String, name: String) -> FileKind? {
        if name == "values.yaml" || name == "values.yml" {
            let directory = (path as NSString).deletingLastPathComponent as NSString
            let chart = ["Chart.yaml", "Chart.yml"].contains {
                FileManager.default.fileExists(atPath: directory.appendingPathComponent($0))
            }
            return chart ? .helmValues : nil
        }
        return isInHelmChartTemplates(path) ? .helmTemplate : nil
    }

    /// In-memory files (rule examples): `values.yaml`, and YAML with Helm actions under a `templates/` directory.
    static func helmKind(path: String, name: String, text: some StringProtocol) -> FileKind? {
        if name == "values.yaml" || name == "values.yml" { return .helmValues }
        let inTemplates = path.hasPrefix("templates/") || path.contains("/templates/")
        return inTemplates && TemplateMarkers.isHelmTemplate(text) ? .helmTemplate : nil
    }

    /// True when a directory above `path` is a chart's `templates/` (its parent holds `Chart.yaml`).
    static func isInHelmChartTemplates(_ path: String) -> Bool {
        // Most paths name no `templates` directory: answer those without taking the path apart.
        guard path.hasPrefix("templates/") || path.contains("/templates/") else { return false }
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
