import Diagnose
import Foundation
import Plan
import ShipshapeCore
import TestSupport
import Testing

/// Sections 5 and 8 against real container logs: configuration as logged, and a burst of 5xx.
@Suite(.serialized, .diagnoseImages) struct DiagnoseLogScenarioTests {
    /// The seed's misleading line: the app logs `storage: redis`, the plan expects memory.
    @Test func loggedConfigurationDiffersFromThePlan() async throws {
        let image = try TestStack.images().app
        var stack = try TestStack()
        defer { stack.remove() }
        try stack.service("app", image: image, options: ["-p", "127.0.0.1::8080"])
        let target = TargetSpec(
            name: "app", reference: .composeService(service: "app", project: stack.project),
            logEvents: [
                LogEventExpectation(
                    event: "rate_limiting_configured",
                    conditions: [.json(path: "$.storage", op: .equal, value: "memory")]),
                LogEventExpectation(event: "cache_warmed", conditions: [], required: false),
            ])
        let report = try await stack.diagnose(plan: Plan(targets: [target]))
        let configuration = report.checks(in: .configuration)
        let rate = try #require(configuration.first { $0.name == "event rate_limiting_configured" })
        #expect(rate.status == .fail)
        #expect(rate.cause == .configurationMismatch)
        #expect(rate.message == "rate_limiting_configured says storage = redis, expected == memory")
        #expect(configuration.first { $0.name == "event cache_warmed" }?.status == .skip)
        #expect(report.summary.rootCause?.cause == .configurationMismatch)
        TestStack.expectNoSecrets(report)

        let matching = TargetSpec(
            name: "app", reference: target.reference,
            logEvents: [
                LogEventExpectation(
                    event: "rate_limiting_configured",
                    conditions: [.json(path: "$.storage", op: .equal, value: "redis")])
            ])
        let passing = try await stack.diagnose(plan: Plan(targets: [matching]))
        #expect(passing.checks(in: .configuration).map(\.status) == [.pass])
    }

    @Test func burstOfServerErrorsInTheLog() async throws {
        let image = try TestStack.images().app
        var stack = try TestStack()
        defer { stack.remove() }
        let app = try stack.service("app", image: image, options: ["-p", "127.0.0.1::8080"])
        let address = try HostCommand.run(["docker", "port", app, "8080/tcp"]).split(separator: "\n")[0]
        try await Task.sleep(for: .milliseconds(300))
        for path in Array(repeating: "crash", count: 8) + Array(repeating: "ok", count: 4) {
            _ = try? HostProcess.run(["wget", "-q", "-O", "/dev/null", "http://\(address)/cgi-bin/\(path)"])
        }
        let report = try await stack.diagnose()
        let http = try #require(report.checks(in: .logs).first { $0.subject == "app" && $0.name == "http" })
        #expect(http.status == .fail)
        #expect(http.cause == .httpStatus)
        #expect(http.message.hasPrefix("8 of 12 requests answered 5xx"), "\(http.message)")
        #expect(http.message.contains("/cgi-bin/crash"))
        let levels = try #require(report.checks(in: .logs).first { $0.subject == "app" && $0.name == "levels" })
        #expect(levels.status == .warn)
        #expect(report.summary.rootCause?.cause == .httpStatus)
        TestStack.expectNoSecrets(report)
    }
}
