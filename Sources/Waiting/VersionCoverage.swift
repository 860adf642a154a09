import Plan
import Probes
import ShipshapeCore

/// `--expect-version` over a project must check something: when every target was skipped as
/// third-party, the version the deploy shipped was never seen, and the gate must not pass.
enum VersionCoverage {
    static func unchecked(_ plan: Plan, outcomes: [TargetOutcome]) -> [TargetOutcome] {
        let scoped = plan.targets.flatMap(\.expectations).compactMap { expectation -> String? in
            if case .versionIfBuilt(let expected, _) = expectation { return expected }
            return nil
        }
        guard let expected = scoped.first, outcomes.allSatisfy({ $0.status == .healthy }),
            outcomes.allSatisfy({ $0.versionSignals.isEmpty })
        else { return [] }
        let message =
            "version \(expected) was expected, but no target is built by this project or reports a version: nothing was checked"
        let result = CheckResult(
            target: "version", check: "version", status: .unhealthy, cause: .versionMismatch, message: message,
            nextStep:
                "label images with org.opencontainers.image.revision at build time, serve the commit in the health response, or name the targets to check"
        )
        return [TargetOutcome(name: "version", status: .unhealthy, cause: .versionMismatch, results: [result])]
    }
}
