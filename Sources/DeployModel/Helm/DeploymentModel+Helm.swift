import Foundation
import Yams

extension DeploymentModel {
    /// Helm charts: every template under `CHART/templates/` rendered with `CHART/values.yaml` and read as a
    /// Kubernetes manifest. A template the renderer does not understand, or whose rendering is not a clean
    /// manifest, stays unread without a word: a chart is not the user's mistake.
    mutating func addHelmCharts(_ inputs: [Input]) {
        let charts = inputs.filter { $0.kind == .helmChart }
        guard !charts.isEmpty else { return }
        var values: [String: String] = [:]
        for input in inputs where input.kind == .helmValues {
            let directory = Self.directory(of: input.path)
            if values[directory] == nil { values[directory] = input.text }
        }
        let templates = inputs.filter { $0.kind == .helmTemplate }
        for chart in charts {
            let root = Self.directory(of: chart.path)
            let metadata = HelmExpression.mapping(try? Yams.load(yaml: chart.text)) ?? [:]
            var info: [String: String] = ["Name": "chart", "Version": "0.1.0", "AppVersion": "latest"]
            for (key, field) in [("Name", "name"), ("Version", "version"), ("AppVersion", "appVersion")] {
                if let text = HelmExpression.scalarText(metadata[field]), !text.isEmpty { info[key] = text }
            }
            let renderer = HelmRenderer(values: values[root].flatMap { try? Yams.load(yaml: $0) }, chart: info)
            let prefix = root.isEmpty ? "templates/" : root + "/templates/"
            for template in templates where template.path.hasPrefix(prefix) {
                guard let rendered = renderer.render(template.text) else { continue }
                let file = KubernetesParser.parse(path: template.path, text: rendered)
                guard file.problems.isEmpty, !file.workloads.isEmpty || !file.services.isEmpty else { continue }
                kubernetesFiles.append(file)
            }
        }
    }

    static func directory(of path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }
}
