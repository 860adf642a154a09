import ShipshapeCore
import TestSupport
import Testing

@testable import Deploy

/// Every `deploy` format on one fixed report of a failed, rolled-back deploy (a hermetic unit test;
/// DeployCommandTests runs real deploys), compared with its golden file, plus the step summary.
@Suite struct DeployReportersGoldenTests {
    static let report = DeployReport(
        id: "d-20261207-0001", kind: "deploy", project: "onquota", revision: "abc1234", outcome: "rolled-back",
        exitCode: 1, cause: "backend failed its gate: HTTP 500 from /health (3 of 3 attempts)",
        logTail: ["connecting to redis://:****@redis:6379/0", "::error::forged by the container"],
        services: [
            DeployReport.Service(
                service: "backend", strategy: "start-first", reason: "no container_name, no fixed host port",
                fromContainer: "0123456789abcdef", fromImage: "onquota/backend:v1", fromRevision: "9f8e7d6",
                toContainer: "fedcba9876543210", toImage: "onquota/backend:v2", gateMilliseconds: 4_210,
                gapMilliseconds: nil)
        ],
        durationMilliseconds: 9_876)

    @Test(arguments: deployReporters.identifiers + ["github-summary"])
    func matchesGoldenFile(format: String) throws {
        let output: String
        if format == "github-summary" {
            output = PrintedText(DeployGitHubReporter.stepSummary(Self.report)).text
        } else {
            let reporter = try #require(deployReporters.named(format))
            output = reporter.printed(Self.report, options: ReporterOptions()).text
        }
        let golden = try GoldenFile.text(GoldenFile.path("deploy.\(format)", besides: #filePath), output: output)
        #expect(output == golden)
    }

    @Test func aReplicatedServiceListsEveryContainerAndTheCount() {
        var service = Self.report.services[0]
        service.replicas = 3
        service.fromContainers = ["aaaaaaaaaaaa1111", "bbbbbbbbbbbb2222", "cccccccccccc3333"]
        service.toContainers = ["dddddddddddd4444", "eeeeeeeeeeee5555", "ffffffffffff6666"]
        var report = Self.report
        report.services = [service]
        let text = DeployTextReporter.report(report)
        #expect(
            text.contains("backend [start-first] 3 replicas from aaaaaaaaaaaa,bbbbbbbbbbbb,cccccccccccc"), "\(text)")
        #expect(text.contains("to dddddddddddd,eeeeeeeeeeee,ffffffffffff"), "\(text)")
        #expect(DeployGitHubReporter.stepSummary(report).contains("| backend (3 replicas) | 9f8e7d6 → abc1234 |"))
        report.dryRun = true
        let dry = DeployTextReporter.report(report)
        #expect(dry.contains("backend: start-first (no container_name, no fixed host port), 3 replicas"), "\(dry)")
    }
}

/// The verdict of a failed deploy says what became of the service: a first deploy has no previous version
/// to serve again (hermetic; DeployCommandTests deploys a bad image first for real).
@Suite struct DeployVerdictTests {
    @Test(arguments: ["rolled-back", "interrupted"])
    func aFailedFirstDeployDoesNotClaimAPreviousVersion(outcome: String) {
        var report = DeployReportersGoldenTests.report
        report.outcome = outcome
        report.services = report.services.map { service in
            var first = service
            first.fromContainer = nil
            first.fromImage = nil
            first.fromRevision = nil
            return first
        }
        let text = DeployTextReporter.report(report)
        #expect(text.contains("the new containers were removed; nothing ran before this deploy"), "\(text)")
        #expect(!text.contains("previous version"), "\(text)")
        #expect(
            DeployTextReporter.report(DeployReportersGoldenTests.report).contains("previous version is serving again"))
    }
}
