import Foundation
import TestSupport
import Testing

/// Issue 13, items 10–13: `diagnose` must not blame the wrong thing, and its next steps run as written.
@Suite(.serialized) struct DiagnoseTruthTests {
    init() throws { try ComposeStack.buildImages() }

    /// Item 10: pg_isready lives in /usr/lib/postgresql/15/bin, on the image's PATH only; Docker says
    /// the healthcheck passes. It is neither "not in the container" nor the root cause.
    @Test func toolsAreLookedUpAlongTheImagePath() throws {
        let stack = try ComposeStack("diag-path", compose: GateTruthTests.stack())
        try stack.up(["--wait", "db"])
        let result = try stack.shipshape(["diagnose", "--project", stack.project])
        #expect(!result.stdout.contains("pg_isready, which is not in the container"), "\(result.stdout)")
        #expect(result.stdout.contains("pg_isready present") || result.stdout.contains("the healthcheck passes"),
            "\(result.stdout)")
    }

    /// Item 11: after a failed `up`, api is explained from its depends_on label, its healthcheck is not
    /// called missing, and the next step starts it through compose — which, run as written once the
    /// dependency is fixed, starts it.
    @Test func neverStartedContainerIsExplainedAndItsNextStepRuns() throws {
        let broken = GateTruthTests.stack().replacingOccurrences(of: "[\"CMD\", \"pg_isready\"]", with: "[\"CMD\", \"false\"]")
            .replacingOccurrences(of: "retries: 30", with: "retries: 1")
        let stack = try ComposeStack("diag-created", compose: broken)
        _ = try stack.compose(["up", "-d"])
        let result = try stack.shipshape(["diagnose", "--project", stack.project, "--format", "json"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let checks = try #require(report["checks"] as? [[String: Any]], "\(report.keys)")
        let state = try #require(
            checks.first { $0["subject"] as? String == "api" && $0["name"] as? String == "state" }, "\(checks)")
        #expect(state["cause"] as? String == "container-not-started")
        #expect((state["message"] as? String)?.contains("waits for db to be healthy") == true, "\(state)")
        let health = checks.first { $0["subject"] as? String == "api" && $0["name"] as? String == "health" }
        #expect((health?["message"] as? String)?.contains("no healthcheck defined") != true, "\(String(describing: health))")
        let command = try #require((state["commands"] as? [String])?.first, "\(state)")
        #expect(command.contains("docker compose -p \(stack.project) -f "), "\(command)")
        #expect(!command.contains("docker start"))

        // The next step, run as written by a shell once db is fixed, starts api with compose's ordering.
        try stack.directory.write("compose.yml", Data(("name: \(stack.project)\n" + GateTruthTests.stack()).utf8))
        let ran = try HostProcess.run(["sh", "-c", command], in: "/")
        #expect(ran.status == 0, "\(ran.stdout)\(ran.stderr)")
        let running = try ScratchImage.run(["docker", "inspect", "-f", "{{.State.Running}}", stack.container("api")])
        #expect(running == "true")
    }
}
