import DeployModel
import Foundation
import ShipshapeCore

/// Runs a lint: discovery, parsing into one model, rules, configuration and pragmas.
public enum LintEngine {
    /// Lints files and directories on disk.
    public static func run(paths: [String], configuration: Configuration, toolVersion: String) throws -> Report {
        lint(
            try load(paths: paths, configuration: configuration), configuration: configuration, toolVersion: toolVersion
        )
    }

    /// Discovers and parses the deployment files under `paths`.
    public static func load(paths: [String], configuration: Configuration) throws -> DeploymentModel {
        // Application sources are read only for the rule that needs them.
        let readsSources = configuration.isEnabled(LogContradictsConfigRule.description)
        return DeploymentModel.load(
            try Discovery.discover(paths, ignore: configuration.ignorePaths, applicationSources: readsSources))
    }

    /// Lints a model that is already built; `observedImages` (from `--probe-images`) take
    /// precedence over the knowledge base.
    /// `context`, when the caller built it already (to ask it more afterwards), must be of `model`.
    public static func lint(
        _ model: DeploymentModel, configuration: Configuration, toolVersion: String,
        observedImages: [ObservedImage] = [], context: LintContext? = nil
    ) -> Report {
        let context = context ?? LintContext(model: model, observedImages: observedImages)
        let rules = allRules.filter { configuration.isEnabled($0.description) }
        var findings = model.problems.map(parseError)
        for rule in rules { findings += rule.init().check(context) }
        // Each file is split into lines once, however many findings it has.
        var lines: [String: [Substring]] = [:]
        findings = findings.compactMap { finding in
            var finding = finding
            finding.severity = configuration.severity(of: finding)
            let file = finding.location.file
            if lines[file] == nil, let text = model.sources[file] {
                lines[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
            }
            guard let fileLines = lines[file] else { return finding }
            return IgnorePragma.suppresses(finding, lines: fileLines) ? nil : finding
        }
        let mentioned = Set(findings.flatMap { [$0.location.file] + $0.related.map(\.location.file) })
        return Report(
            findings: Array(Set(findings)),
            rules: rules.map { $0.description } + [ParseErrorRule.description],
            sources: model.sources.filter { mentioned.contains($0.key) },
            filesScanned: model.fileCount, toolVersion: toolVersion)
    }

    static func parseError(_ problem: ModelProblem) -> Finding {
        Finding(
            ruleID: ParseErrorRule.description.identifier, severity: problem.severity, message: problem.message,
            location: problem.location)
    }
}
