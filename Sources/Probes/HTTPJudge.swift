import Plan
import ShipshapeCore

/// Judges an HTTP response against a probe's conditions: status first, then the other conditions.
package enum HTTPJudge {
    package static func judge(
        _ response: HTTPSnapshot, spec: HTTPProbeSpec, target: String, check: String, request: String
    )
        -> CheckResult
    {
        var evidence = [
            CheckResult.Evidence("request", request),
            CheckResult.Evidence("response", "HTTP \(response.status) in \(response.durationMilliseconds) ms"),
        ]
        let excerpt = response.bodyExcerpt()
        if !excerpt.isEmpty { evidence.append(CheckResult.Evidence("body", excerpt)) }
        let accepted = ConditionEvaluator.acceptedStatuses(spec.conditions)
        if let failure = FailureClassifier.classify(status: response, accepted: accepted) {
            return CheckResult(
                target: target, check: check, status: .unhealthy, cause: failure.cause, message: failure.message,
                evidence: evidence, nextStep: failure.nextStep, durationMilliseconds: response.durationMilliseconds)
        }
        let others = spec.conditions.filter { if case .status = $0 { return false } else { return true } }
        if let failure = ConditionEvaluator.firstFailure(others, response: response) {
            return CheckResult(
                target: target, check: check, status: .unhealthy, cause: .conditionFailed, message: failure.message,
                evidence: evidence, durationMilliseconds: response.durationMilliseconds)
        }
        return CheckResult(
            target: target, check: check, status: .healthy, message: "HTTP \(response.status)", evidence: evidence,
            durationMilliseconds: response.durationMilliseconds)
    }

    /// "http :8000/api/v1/health".
    package static func checkName(_ spec: HTTPProbeSpec) -> String {
        let method = spec.method.uppercased() == "GET" ? "" : "\(spec.method.uppercased()) "
        return "http \(method)" + (spec.port.map { ":\($0)" } ?? "") + spec.path
    }

    /// The path with a leading slash.
    package static func normalizedPath(_ path: String) -> String { path.hasPrefix("/") ? path : "/" + path }
}
