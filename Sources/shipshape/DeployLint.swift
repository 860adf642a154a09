import Deploy
import Foundation
import LintRules
import ShipshapeCore

/// Deploy's preflight lint: `shipshape lint` over the deployed compose files (and what they reference), with
/// the project's configuration; any error finding stops the deploy before anything changes (exit 2).
enum DeployLint {
    /// Throws `DeployError.preflight` listing the error findings (at most 10, then how many more).
    static func check(files: [String]) throws {
        let findings: [Finding]
        do {
            let configuration = try ConfigurationLoader.load(explicit: nil, searchIn: files)
            let model = try LintEngine.load(paths: files, configuration: configuration)
            findings = LintEngine.lint(model, configuration: configuration, toolVersion: Shipshape.version).findings
        } catch {
            throw DeployError.preflight(
                "shipshape lint could not read the compose files: \(error.localizedDescription)")
        }
        let errors = findings.filter { $0.severity == .error }.sorted()
        guard !errors.isEmpty else { return }
        var lines = errors.prefix(10).map { "  \($0.location): \($0.message) [\($0.ruleID)]" }
        if errors.count > 10 { lines.append("  … and \(errors.count - 10) more") }
        throw DeployError.preflight(
            "shipshape lint found \(errors.count) error\(errors.count == 1 ? "" : "s") in the deployed files "
                + "(fix them, or deploy with --no-lint):\n" + lines.joined(separator: "\n"))
    }
}
