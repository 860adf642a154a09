import Foundation
import LogAnalysis
import Plan
import Probes
import ShipshapeCore

/// Section 5: the latest event of a name, as logged, against what the plan expects of it — the
/// seed's `rate_limiting_configured storage=redis` line (it used memory) becomes a failed check.
enum LoggedConfiguration {
    static func check(_ expectation: LogEventExpectation, summary: LogSummary, container: DiagnosedContainer)
        -> DiagnosisCheck
    {
        let name = "event \(expectation.event)"
        guard let record = summary.latestEvent(named: expectation.event) else {
            guard expectation.required else {
                return .skip(.configuration, container.service, name, "no \(expectation.event) event in the log")
            }
            return DiagnosisCheck(
                section: .configuration, subject: container.service, name: name, status: .fail,
                cause: .configurationMismatch,
                message: "the log has no \(expectation.event) event: the service did not say how it is configured",
                nextStep:
                    "check that the service logs \(expectation.event) at start-up (and that the log was not rotated away)",
                commands: ["docker logs \(container.name) 2>&1 | grep \(expectation.event)"])
        }
        // The record's fields (masked already) as a JSON body, so the plan's json conditions apply as to HTTP.
        let body = JSONValue.object(record.fields).description
        let when = record.timestamp.map { " at " + ISO8601DateFormatter().string(from: $0) } ?? ""
        let evidence = [CheckResult.Evidence("latest event\(when)", body)]
        if let failure = ConditionEvaluator.firstFailure(
            expectation.conditions, response: HTTPSnapshot(status: 200, body: body))
        {
            return DiagnosisCheck(
                section: .configuration, subject: container.service, name: name, status: .fail,
                cause: .configurationMismatch,
                message:
                    "\(expectation.event) says \(failure.condition.replacingOccurrences(of: "json $.", with: "")) = "
                    + "\(failure.seen), expected \(failure.expected)",
                evidence: evidence,
                nextStep:
                    "the running configuration is not the intended one: check the service's environment and settings",
                commands: [
                    "docker exec \(container.name) env",
                    "docker logs \(container.name) 2>&1 | grep \(expectation.event)",
                ])
        }
        let described = expectation.conditions.map(\.text).joined(separator: ", ")
        return .pass(
            .configuration, container.service, name, described.isEmpty ? "logged" : "as expected: \(described)",
            evidence: evidence)
    }
}
