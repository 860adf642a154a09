import Probes
import ShipshapeCore

/// Folds failed expectations into a target outcome.
enum ExpectationOutcome {
    static func apply(_ failures: [Classification], to outcome: inout TargetOutcome) {
        guard let first = failures.first else { return }
        outcome.status = .unhealthy
        outcome.cause = first.cause
        for failure in failures {
            outcome.results.append(
                CheckResult(
                    target: outcome.name, check: failure.cause == .staleContainer ? "image" : "version",
                    status: .unhealthy, cause: failure.cause, message: failure.message, nextStep: failure.nextStep))
        }
    }
}
