import Foundation
import TestSupport
import Testing

/// The revision reaches the app (`SHIPSHAPE_REVISION`) and the gate (`expect-version: ${SHIPSHAPE_REVISION}`),
/// on the built binary with the real dockerd and Docker Compose v2.
@Suite(.serialized) struct DeployRevisionTests {
    static let fast = ["--soak", "0", "--timeout", "5s", "--stop-grace", "1"]

    static func plan(fields: String) -> String {
        """
        version: 1
        targets:
          web:
            service: web
            http: {port: 8080, path: /health}
            expect-version: ${SHIPSHAPE_REVISION}
            version-fields: [\(fields)]

        """
    }

    @Test func theAppGetsTheRevisionAndTheGateExpectsIt() throws {
        let fixture = try DeployFixture("revision")
        defer { fixture.tearDown() }
        try Self.plan(fields: "revision").write(
            to: fixture.directory.appendingPathComponent("reported.yml"), atomically: true, encoding: .utf8)
        try Self.plan(fields: "version").write(
            to: fixture.directory.appendingPathComponent("image.yml"), atomically: true, encoding: .utf8)

        let first = try fixture.shipshape(["deploy", "--plan", "reported.yml", "--revision", "abc1234def"] + Self.fast)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let running = try #require(fixture.running().first)
        let environment = try HostCommand.run(["docker", "inspect", "-f", "{{json .Config.Env}}", running.id])
        #expect(environment.contains("\"SHIPSHAPE_REVISION=abc1234def\""), "\(environment)")
        let health = DeployFixture.get("http://\(try fixture.ipAddress(running.id)):8080/health") ?? ""
        #expect(health.contains("\"revision\":\"abc1234def\""), "\(health)")

        // The image reports `version: v2`, not the revision being deployed: the gate fails, and the restored
        // previous container (which reports its own, older revision) passes the restore gate. The new
        // container's answer never changes, so the gate fails once it has settled, not at its 60 s deadline.
        let stopwatch = Stopwatch()
        let wrong = try fixture.shipshape(
            ["deploy", "--plan", "image.yml", "--revision", "fedcba98765", "--soak", "0", "--timeout", "60s"]
                + ["--stop-grace", "1"], tag: "good-v2")
        #expect(wrong.status == 1, "\(wrong.stdout)\(wrong.stderr)")
        #expect(stopwatch.seconds < 45, "the gate waited out its deadline: \(stopwatch.seconds) s")
        #expect(wrong.stdout.contains("fedcba98765"), "the cause names the expected revision: \(wrong.stdout)")
        #expect(wrong.stdout.contains("which no rollout replaces"), "\(wrong.stdout)")
        #expect(try fixture.running().map(\.id) == [running.id])

        let next = try fixture.shipshape(
            ["deploy", "--plan", "reported.yml", "--revision", "0123456789"] + Self.fast, tag: "good-v2")
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        let back = try fixture.shipshape(["rollback", "--plan", "reported.yml"] + Self.fast)
        #expect(back.status == 0, "rollback gates without the new revision's expectation: \(back.stdout)\(back.stderr)")
        #expect(try fixture.running().map(\.id) == [running.id])
    }
}
