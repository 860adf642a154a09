import DockerEngine
import Foundation
import LogAnalysis
import ShipshapeCore

/// Section 8: what the log of the window says — levels, error groups, HTTP statuses and latency.
enum LogFindings {
    /// A 5xx share above this (with at least `burst` 5xx answers) fails the check.
    static let serverErrorRate = 0.05
    static let burst = 5

    static func checks(_ summary: LogSummary, container: DiagnosedContainer, windowSeconds: Double) -> [DiagnosisCheck]
    {
        let window = DockerTime.age(windowSeconds)
        let subject = container.service
        var checks: [DiagnosisCheck] = []
        let errors = summary.levels.filter { $0.key.isError }.values.reduce(0, +)
        let warnings = summary.levels[.warning] ?? 0
        let levelText = "\(summary.lineCount) lines in the last \(window): \(errors) errors, \(warnings) warnings"
        if errors == 0 {
            checks.append(.pass(.logs, subject, "levels", levelText))
        } else {
            let groups = summary.errorGroups.prefix(3).map { group in
                CheckResult.Evidence("×\(group.count)", group.example)
            }
            checks.append(
                DiagnosisCheck(
                    section: .logs, subject: subject, name: "levels", status: .warn, cause: .conditionFailed,
                    message: levelText + (summary.errorGroups.first.map { "; most frequent: \($0.key)" } ?? ""),
                    evidence: Array(groups), nextStep: "read the error lines",
                    commands: [
                        "docker logs --since \(Int(windowSeconds))s \(container.name) 2>&1 | grep -iE 'error|exception'"
                    ]))
        }
        let http = summary.http
        guard http.requestCount > 0 else { return checks }
        let statuses = http.statuses.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ")
        var evidence = [CheckResult.Evidence("statuses", statuses)]
        if let latency = http.latency {
            evidence.append(
                .init(
                    "latency",
                    String(format: "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms", latency.p50, latency.p95, latency.p99)))
        }
        for path in http.topFailingPaths.prefix(3) {
            evidence.append(.init("5xx", "\(path.count)× \(path.method.map { "\($0) " } ?? "")\(path.path)"))
        }
        let serverErrors = http.statuses.filter { (500...599).contains($0.key) }.values.reduce(0, +)
        let rate = String(format: "%.1f%%", http.serverErrorRate * 100)
        if http.serverErrorRate > serverErrorRate, serverErrors >= burst {
            let top = http.topFailingPaths.first.map { " (most on \($0.path))" } ?? ""
            checks.append(
                DiagnosisCheck(
                    section: .logs, subject: subject, name: "http", status: .fail, cause: .httpStatus,
                    message:
                        "\(serverErrors) of \(http.requestCount) requests answered 5xx in the last \(window) (\(rate))\(top)",
                    evidence: evidence, nextStep: "the service fails requests: read the tracebacks around them",
                    commands: [
                        "docker logs --since \(Int(windowSeconds))s \(container.name) 2>&1 | grep -E '\" 5[0-9]{2} |\"status\": ?5'"
                    ]))
        } else if serverErrors > 0, http.serverErrorRate > serverErrorRate {
            // Too few requests to call it a failure, too many 5xx to call it a pass.
            checks.append(
                DiagnosisCheck(
                    section: .logs, subject: subject, name: "http", status: .warn, cause: .httpStatus,
                    message:
                        "\(serverErrors) of \(http.requestCount) requests answered 5xx in the last \(window) (\(rate))",
                    evidence: evidence, nextStep: "few requests so far: read the lines of the failed ones"))
        } else {
            checks.append(
                .pass(.logs, subject, "http", "\(http.requestCount) requests, \(rate) 5xx", evidence: evidence))
        }
        return checks
    }
}
