import DeployStore
import Foundation
import ShipshapeCore
import TestSupport
import Testing

@testable import Deploy

/// Every `history` format on one fixed history (a hermetic unit test; DeployCommandTests reads real
/// history after real deploys), compared with its golden file.
@Suite struct HistoryReportersGoldenTests {
    static let started = Date(timeIntervalSince1970: 1_796_600_000)

    static let history = DeployHistory(
        project: "onquota",
        runningNow: [
            RunningService(
                service: "backend", container: "0123456789abcdef0123", name: "onquota-backend-1",
                imageID: "sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a0", revision: "9f8e7d6", deployID: "d-0001",
                since: "2026-12-07T04:10:00Z")
        ],
        deploys: [
            DeployRecord(
                id: "d-0002", kind: .deploy, project: "onquota", revision: "abc1234", user: "octocat", host: "ci-7",
                startedAt: started.addingTimeInterval(60), outcome: .running),
            DeployRecord(
                id: "d-0001", kind: .deploy, project: "onquota", revision: "9f8e7d6", user: "octocat", host: "ci-7",
                startedAt: started, finishedAt: started.addingTimeInterval(9.876), outcome: .rolledBack,
                cause: "backend failed its gate: HTTP 500 from /health (3 of 3 attempts)",
                services: [
                    ServiceRecord(
                        service: "backend", strategy: "start-first", fromImage: "sha256:1111222233334444555566667777",
                        fromRevision: "1a2b3c4", toImage: "sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a0",
                        gateMilliseconds: 4_210, outcome: .rolledBack)
                ]),
        ],
        interrupted: ["d-0002"])

    @Test(arguments: historyReporters.identifiers)
    func matchesGoldenFile(format: String) throws {
        let reporter = try #require(historyReporters.named(format))
        let output = reporter.printed(Self.history, options: ReporterOptions()).text
        let golden = try GoldenFile.text(GoldenFile.path("history.\(format)", besides: #filePath), output: output)
        #expect(output == golden)
    }

    @Test func aRunningDeployIsInterruptedUnlessItsLiveHolderHoldsTheLock() {
        let records = Self.history.deploys
        #expect(DeployHistory.interrupted(records, lock: nil) == ["d-0002"])
        let live = LockHolder(
            user: "octocat", host: "this-host", pid: getpid(), revision: "abc1234", deployID: "d-0002",
            since: Self.started, expires: Date().addingTimeInterval(600))
        #expect(DeployHistory.interrupted(records, lock: live, localHost: "this-host").isEmpty)
        var expired = live
        expired.expires = Date().addingTimeInterval(-1)
        #expect(DeployHistory.interrupted(records, lock: expired, localHost: "this-host") == ["d-0002"])
        var other = live
        other.deployID = "d-0003"
        #expect(DeployHistory.interrupted(records, lock: other, localHost: "this-host") == ["d-0002"])
    }
}
