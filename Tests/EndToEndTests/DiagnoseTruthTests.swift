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
        #expect(
            result.stdout.contains("pg_isready present") || result.stdout.contains("the healthcheck passes"),
            "\(result.stdout)")
    }

    /// Item 11: after a failed `up`, api is explained from its depends_on label, its healthcheck is not
    /// called missing, and the next step starts it through compose — which, run as written once the
    /// dependency is fixed, starts it.
    @Test func neverStartedContainerIsExplainedAndItsNextStepRuns() throws {
        let broken = GateTruthTests.stack().replacingOccurrences(
            of: "[\"CMD\", \"pg_isready\"]", with: "[\"CMD\", \"false\"]"
        )
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
        #expect(
            (health?["message"] as? String)?.contains("no healthcheck defined") != true, "\(String(describing: health))"
        )
        let command = try #require((state["commands"] as? [String])?.first, "\(state)")
        #expect(command.contains("docker compose -p \(stack.project) -f "), "\(command)")
        #expect(!command.contains("docker start"))

        // The next step, run as written by a shell once db is fixed, starts api with compose's ordering.
        try stack.directory.write("compose.yml", Data(("name: \(stack.project)\n" + GateTruthTests.stack()).utf8))
        let ran = try HostProcess.run(["sh", "-c", command], in: "/")
        #expect(ran.status == 0, "\(ran.stdout)\(ran.stderr)")
        let running = try HostCommand.run(["docker", "inspect", "-f", "{{.State.Running}}", stack.container("api")])
        #expect(running == "true")
    }

    /// Items 12 and 13: the plan's `expect-version:` is honoured (and the note says labels pass through
    /// FROM), exit 137 without an OOM kill reads as SIGKILL, and a database's missing tool gets a TCP
    /// next step, never an HTTP client or urllib.
    @Test func planVersionSigkillAndDatabaseNextSteps() throws {
        let compose = """
            services:
              api:
                image: \(ComposeStack.app):v1
                pull_policy: never
                ports: ["127.0.0.1::8000"]
              olddb:
                image: \(ComposeStack.postgres)
                pull_policy: never
                healthcheck:
                  test: ["CMD", "mysqladmin", "ping"]
                  interval: 1s

            """
        let stack = try ComposeStack("diag-plan", compose: compose)
        try stack.up()
        try stack.compose(["kill", "-s", "KILL", "api"])
        try stack.directory.write(
            "plan.yml",
            Data(
                "version: 1\ntargets:\n  api:\n    service: api\n    project: \(stack.project)\n    expect-version: v9\n"
                    .utf8))
        let result = try stack.shipshape([
            "diagnose", "--project", stack.project, "--plan", "plan.yml", "--format", "json",
        ])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let checks = try #require(report["checks"] as? [[String: Any]], "\(result.stdout)\(result.stderr)")
        func check(_ subject: String, _ name: String) -> [String: Any]? {
            checks.first { $0["subject"] as? String == subject && ($0["name"] as? String)?.hasPrefix(name) == true }
        }
        let state = try #require(check("api", "state"), "\(checks)")
        #expect((state["message"] as? String)?.contains("SIGKILL (exit 137, not an OOM kill") == true, "\(state)")
        let revision = try #require(check("api", "revision"), "\(checks)")
        #expect(revision["cause"] as? String == "version-mismatch")
        #expect((revision["message"] as? String)?.contains("expected v9") == true, "\(revision)")
        #expect("\(revision["evidence"] ?? "")".contains("labels pass through FROM"), "\(revision)")
        let tools = try #require(check("olddb", "healthcheck tools"), "\(checks)")
        let next = tools["nextStep"] as? String ?? ""
        #expect(next.contains("--tcp 5432"), "\(tools)")
        #expect(!next.contains("urllib") && !next.contains("--http"), "\(tools)")
        // The suggested probe runs as written and passes: the database answers on 5432.
        let suggested = try #require(
            next.range(of: "shipshape wait [^)]*", options: .regularExpression).map { next[$0] })
        let ran = try stack.shipshape(
            Array(suggested.split(separator: " ").dropFirst().map(String.init)) + ["--timeout", "20s"])
        #expect(ran.status == 0, "\(suggested): \(ran.stdout)\(ran.stderr)")
    }
}
