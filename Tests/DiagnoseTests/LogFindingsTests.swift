import DockerEngine
import Foundation
import LogAnalysis
import Testing

@testable import Diagnose

/// Issue 13, item 13: a log window whose few requests were all 5xx is not shown as a pass.
/// Hermetic (a container's details as dockerd would send them; the end-to-end log scenarios run
/// against real containers in DiagnoseLogScenarioTests).
struct LogFindingsTests {
    static func container() throws -> DiagnosedContainer {
        let json = #"""
            {"Id": "abc", "Name": "/shop-web-1", "Image": "sha256:0123", "RestartCount": 0,
             "State": {"Status": "running", "Running": true, "Restarting": false, "OOMKilled": false,
                       "ExitCode": 0, "StartedAt": "2026-12-06T10:00:00Z", "FinishedAt": "0001-01-01T00:00:00Z"},
             "Config": {"Image": "shop/web", "Labels": {"com.docker.compose.service": "web"}}}
            """#
        return DiagnosedContainer(
            details: try JSONDecoder().decode(ContainerDetails.self, from: Data(json.utf8)), target: nil)
    }

    static func summary(statuses: [Int: Int]) -> LogSummary {
        var summary = LogSummary()
        summary.lineCount = statuses.values.reduce(0, +)
        summary.http.statuses = statuses
        summary.http.requestCount = summary.lineCount
        let failed = statuses.filter { (500...599).contains($0.key) }.values.reduce(0, +)
        summary.http.serverErrorRate = Double(failed) / Double(max(1, summary.lineCount))
        return summary
    }

    @Test func fewRequestsAllFailingAreAWarningNotAPass() throws {
        let checks = LogFindings.checks(
            Self.summary(statuses: [502: 1]), container: try Self.container(), windowSeconds: 600)
        let http = try #require(checks.first { $0.name == "http" })
        #expect(http.status == .warn, "\(http.message)")
        #expect(http.message.contains("1 of 1 requests answered 5xx"))
    }

    @Test func manyFailingRequestsFailAndHealthyOnesPass() throws {
        let failing = LogFindings.checks(
            Self.summary(statuses: [200: 10, 500: 10]), container: try Self.container(), windowSeconds: 600)
        #expect(failing.first { $0.name == "http" }?.status == .fail)
        let healthy = LogFindings.checks(
            Self.summary(statuses: [200: 100]), container: try Self.container(), windowSeconds: 600)
        #expect(healthy.first { $0.name == "http" }?.status == .pass)
    }
}
