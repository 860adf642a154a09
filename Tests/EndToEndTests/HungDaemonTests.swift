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
        let socket = "/tmp/shipshape-hung-\(UUID().uuidString.prefix(8)).sock"
        defer { try? FileManager.default.removeItem(atPath: socket) }
        let started = try HostProcess.run([
            // DaemonLossTests' relay, with a lifetime longer than the test.
            "sh", "-c", "python3 -c \"$0\" \"$1\" 120 >/dev/null 2>&1 </dev/null & echo $!", DaemonLossTests.relay,
            socket,
        ])
        let pid = try #require(Int32(started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        defer {
            _ = try? HostProcess.run(["kill", "-CONT", String(pid)])
            _ = try? HostProcess.run(["kill", String(pid)])
        }
        for _ in 0..<50 where !FileManager.default.fileExists(atPath: socket) { Thread.sleep(forTimeInterval: 0.1) }
        try #require(FileManager.default.fileExists(atPath: socket), "the relay did not start")
        _ = try HostProcess.run(["kill", "-STOP", String(pid)])
        let began = Date()
        let result = try ShipshapeProcess.run(
            ["wait", "shipshape-e2e-hung-target", "--timeout", "3s"], timeout: 60,
            environment: ["DOCKER_HOST": "unix://\(socket)"])
        let elapsed = Date().timeIntervalSince(began)
        #expect(result.status == 3, "\(result.status) \(result.stdout) \(result.stderr)")
        #expect(elapsed < 4.5, "ended after \(elapsed) s")
        #expect(result.stderr.contains("timed out after 3 s"), "\(result.stderr)")
    }
}
