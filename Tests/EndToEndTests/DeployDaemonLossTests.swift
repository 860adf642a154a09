import Foundation
import TestSupport
import Testing

/// The Docker daemon lost in the middle of a deploy, caused for real: shipshape (its Engine client and the
/// `docker compose` it runs) reaches dockerd through the unix-socket relay of DaemonLossTests, and the test
/// kills the relay while the new container is being gated. The deploy must end with exit 3 and keep its
/// journal; the next deploy, through the real socket, reverts it and deploys.
@Suite(.serialized) struct DeployDaemonLossTests {
    static let fast = ["--soak", "0", "--timeout", "5s", "--stop-grace", "1"]

    @Test func losingTheDaemonMidDeployExitsThreeAndTheNextDeployRecovers() throws {
        let fixture = try DeployFixture("daemonloss")
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let old = try #require(fixture.running().first)

        let socket = "/tmp/shipshape-deploy-relay-\(UUID().uuidString.prefix(8)).sock"
        defer { try? FileManager.default.removeItem(atPath: socket) }
        let relay = try BackgroundProcess.start(["python3", "-c", DaemonLossTests.relay, socket, "600"])
        defer { relay.stop() }
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: socket) { Thread.sleep(forTimeInterval: 0.05) }
        try #require(FileManager.default.fileExists(atPath: socket), "the relay did not start")

        // A bad version with a 60 s gate: the deploy is still gating when the daemon goes away.
        let deploy = try fixture.startShipshape(
            ["deploy", "--revision", "lost", "--soak", "0", "--timeout", "60s", "--stop-grace", "1"], tag: "bad",
            extra: ["DOCKER_HOST": "unix://\(socket)"])
        defer { if deploy.isRunning { deploy.terminate() } }
        try DeployCommandTests.waitFor { (try? fixture.running().contains { $0.revision == "lost" }) == true }
        Thread.sleep(forTimeInterval: 0.5)
        let lost = Stopwatch()
        _ = try HostProcess.run(["kill", "-KILL", String(relay.pid)])
        deploy.waitUntilExit()
        #expect(deploy.terminationStatus == 3, "exit 3: Docker unreachable")
        #expect(lost.seconds < 30, "ended soon after the daemon went away, not at the 60 s deadline")

        // The journal stayed: history (through the real socket) shows the deploy as interrupted.
        let history = try fixture.shipshape(["history", "--format", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        let deploys = document["deploys"] as? [[String: Any]] ?? []
        #expect(deploys.first?["revision"] as? String == "lost")
        #expect(["running", "interrupted"].contains(deploys.first?["outcome"] as? String ?? ""), "\(deploys)")

        let next = try fixture.shipshape(["deploy", "--revision", "three"] + Self.fast, tag: "good-v2")
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        #expect(next.stdout.contains("reverted interrupted deploy"), "\(next.stdout)")
        let running = try fixture.running()
        #expect(running.count == 1 && running.first?.revision == "three")
        #expect(try fixture.containers().allSatisfy { $0.revision != "lost" }, "the lost deploy's container is gone")
        #expect(try fixture.containers().contains { $0.id == old.id }, "the original container is kept for rollback")
    }
}
