import Foundation
import TestSupport
import Testing

/// A daemon that accepts connections and never answers, caused for real: shipshape talks to dockerd
/// through a unix-socket relay this test starts and then stops with SIGSTOP.
@Suite(.serialized) struct HungDaemonTests {
    /// `wait --timeout 3s` against a hung daemon once ran 51 s and exited 1; it now ends as "Docker
    /// unreachable" (exit 3) once its timeout has passed. The bound allows 1.5 s over the timeout:
    /// the debug binary's start-up on a loaded machine is part of the measured time.
    @Test func aHungDaemonEndsTheWaitWithExitThreeAtItsTimeout() throws {
        let (socket, pid) = try Self.startRelay()
        defer { Self.stopRelay(socket: socket, pid: pid) }
        _ = try HostProcess.run(["kill", "-STOP", String(pid)])
        let began = Stopwatch()
        let result = try ShipshapeProcess.run(
            ["wait", "shipshape-e2e-hung-target", "--timeout", "3s"], timeout: 60,
            environment: ["DOCKER_HOST": "unix://\(socket)"])
        let elapsed = began.seconds
        #expect(result.status == 3, "\(result.status) \(result.stdout) \(result.stderr)")
        #expect(elapsed < 4.5, "ended after \(elapsed) s")
        #expect(result.stderr.contains("timed out after 3 s"), "\(result.stderr)")
    }

    /// The daemon stops answering in the middle of the wait, after the targets were resolved and
    /// probing began: every container target of the project is still in the report, each blamed on
    /// the daemon (exit 3), and the wait ends within its deadline plus the 0.8 s grace and the 0.15 s
    /// ping that confirms the daemon is silent (2 s allowed in all, for the debug binary's start-up on a
    /// loaded machine). It once ran to about twice the timeout and exited 1, because each unanswered
    /// Engine call waited out its own request timeout.
    /// The same with the relay killed (every connection to the daemon closes, new ones are refused):
    /// no target may drop out of the report.
    @Test(arguments: ["STOP", "KILL"]) func aDaemonLostMidWaitEndsItWithEveryTargetReported(signal: String) throws {
        let project = DockerFixture.uniqueName("hungmid")
        try DockerFixture.buildImage()
        let services = (1...4).map { "svc\($0)" }
        for service in services {
            let result = try DockerFixture.host([
                "docker", "run", "-d", "--name", "\(project)-\(service)",
                "--label", "com.docker.compose.project=\(project)", "--label", "com.docker.compose.service=\(service)",
                DockerFixture.image, "sh", "-c", "exec httpd -f -p 8080 -h /www",
            ])
            try #require(result.status == 0, "docker run failed: \(result.output)")
        }
        defer { for service in services { DockerFixture.remove("\(project)-\(service)") } }
        let (socket, pid) = try Self.startRelay()
        defer { Self.stopRelay(socket: socket, pid: pid) }
        // The relay stops 2 s into the wait: port 9999 is closed, so every target is still probing.
        _ = try HostProcess.run(["sh", "-c", "(sleep 2; kill -\(signal) \(pid)) >/dev/null 2>&1 </dev/null &"])
        let began = Stopwatch()
        let result = try ShipshapeProcess.run(
            ["wait", "--project", project, "--tcp", "9999", "--timeout", "5s", "--format", "json"], timeout: 60,
            environment: ["DOCKER_HOST": "unix://\(socket)"])
        let elapsed = began.seconds
        #expect(result.status == 3, "\(result.status) \(result.stdout) \(result.stderr)")
        #expect(elapsed < 7, "ended after \(elapsed) s")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        let targets = try #require(report["targets"] as? [[String: Any]], "\(result.stdout)")
        #expect(targets.compactMap { $0["name"] as? String }.sorted() == services.map { "\(project)/\($0)" })
        for target in targets {
            #expect(target["cause"] as? String == "daemon-unreachable", "\(target)")
        }
    }

    /// DaemonLossTests' relay, with a lifetime longer than the test: its socket path and pid.
    static func startRelay() throws -> (String, Int32) {
        let socket = "/tmp/shipshape-hung-\(UUID().uuidString.prefix(8)).sock"
        let started = try HostProcess.run([
            "sh", "-c", "python3 -c \"$0\" \"$1\" 120 >/dev/null 2>&1 </dev/null & echo $!", DaemonLossTests.relay,
            socket,
        ])
        let pid = try #require(Int32(started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        for _ in 0..<50 where !FileManager.default.fileExists(atPath: socket) { Thread.sleep(forTimeInterval: 0.1) }
        try #require(FileManager.default.fileExists(atPath: socket), "the relay did not start")
        return (socket, pid)
    }

    static func stopRelay(socket: String, pid: Int32) {
        _ = try? HostProcess.run(["kill", "-CONT", String(pid)])
        _ = try? HostProcess.run(["kill", String(pid)])
        try? FileManager.default.removeItem(atPath: socket)
    }
}
