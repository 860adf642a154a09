import Foundation
import TestSupport
import Testing

/// The plan's `deploy:` section on the built binary, real dockerd and Docker Compose v2: a pre-cutover command
/// in a one-off container of the new image (its failure rolls back before cutover), a forced strategy, keep,
/// and the usage errors (start-first where it is impossible, an unknown service).
@Suite(.serialized) struct DeployPlanSectionTests {
    static let fast = ["--soak", "0", "--timeout", "5s", "--stop-grace", "1"]

    static let plan = """
        version: 1
        targets:
          web:
            service: web
            http: {port: 8080, path: /health}
        deploy:
          keep: 1
          services:
            web:
              strategy: stop-first
              successes: 2
              pre-cutover: 'echo "migrating to $$SHIPSHAPE_REVISION on $$VERSION"; test "$$VERSION" = "${EXPECT_VERSION}"'

        """

    @Test func preCutoverStrategyAndKeepFromThePlan() throws {
        let fixture = try DeployFixture("plansec", fixedService: true)
        defer { fixture.tearDown() }
        try Self.plan.write(to: fixture.directory.appendingPathComponent("plan.yml"), atomically: true, encoding: .utf8)
        func deploy(_ revision: String, tag: String, expect version: String) throws -> ShipshapeProcess.Result {
            try fixture.shipshape(
                ["deploy", "web", "--plan", "plan.yml", "--revision", revision] + Self.fast, tag: tag,
                extra: ["EXPECT_VERSION": version])
        }
        let first = try deploy("rev1", tag: "good-v1", expect: "v1")
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("web: pre-cutover sh -c"), "the announcement names the hook: \(first.stdout)")
        let old = try #require(fixture.running().first)

        // The hook runs in the new image (VERSION v2) and fails: nothing was stopped, nothing is left behind.
        let failed = try deploy("rev2", tag: "good-v2", expect: "v1")
        #expect(failed.status == 1, "\(failed.stdout)\(failed.stderr)")
        #expect(failed.stdout.contains("the pre-cutover command of web exited 1"), "\(failed.stdout)")
        #expect(failed.stdout.contains("migrating to rev2 on v2"), "the hook's output is shown: \(failed.stdout)")
        #expect(!failed.stdout.contains("web: stopping the previous container"), "failed before cutover")
        #expect(try fixture.running().map(\.id) == [old.id])
        #expect(try fixture.containers().map(\.id) == [old.id], "no new or one-off container is left")

        let second = try deploy("rev3", tag: "good-v2", expect: "v2")
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("web: stop-first — the plan's deploy.services.web.strategy"), "\(second.stdout)")
        #expect(second.stdout.contains("gap "), "stop-first reports its gap: \(second.stdout)")
        let third = try deploy("rev4", tag: "good-v1", expect: "v1")
        #expect(third.status == 0, "\(third.stdout)\(third.stderr)")
        let stopped = try fixture.containers().filter { $0.state != "running" }
        #expect(stopped.count == 1, "keep: 1 keeps one previous container: \(stopped)")
        #expect(stopped.first?.revision == "rev3")

        try "deploy:\n  services:\n    fixed: {strategy: start-first}\n".write(
            to: fixture.directory.appendingPathComponent("impossible.yml"), atomically: true, encoding: .utf8)
        let impossible = try fixture.shipshape(["deploy", "fixed", "--plan", "impossible.yml"] + Self.fast)
        #expect(impossible.status == 2, "\(impossible.stdout)\(impossible.stderr)")
        #expect(
            impossible.stderr.contains("start-first is impossible for fixed: container_name \(fixture.project)-fixed"),
            "\(impossible.stderr)")
        try "deploy:\n  services:\n    wbe: {keep: 2}\n".write(
            to: fixture.directory.appendingPathComponent("unknown.yml"), atomically: true, encoding: .utf8)
        let unknown = try fixture.shipshape(["deploy", "--plan", "unknown.yml"] + Self.fast)
        #expect(
            unknown.status == 2
                && unknown.stderr.contains("deploy.services.wbe: project \(fixture.project) has no service 'wbe'"))
        #expect(try fixture.running().count == 1, "the usage errors changed nothing")
    }
}
