import Foundation
import TestSupport
import Testing

/// `notify:` webhooks on the built binary, real dockerd and Docker Compose v2, real HTTP servers on
/// 127.0.0.1: a receiver that records, one that is down, one that accepts and never answers.
@Suite(.serialized) struct DeployWebhookTests {
    static let fast = ["--soak", "0", "--timeout", "5s", "--stop-grace", "1"]

    @Test func webhooksGetEachOutcomeAndFailingOnesNeverChangeTheExitCode() throws {
        let fixture = try DeployFixture("hook")
        defer { fixture.tearDown() }
        let json = try WebhookReceiver.recording()
        defer { json.stop() }
        let slack = try WebhookReceiver.recording()
        defer { slack.stop() }
        let hanging = try WebhookReceiver.hanging()
        defer { hanging.stop() }
        let down = try WebhookReceiver.down()
        let plan = """
            version: 1
            targets:
              web:
                service: web
                http: {port: 8080, path: /health}
            notify:
              - url: \(json.url)
              - url: \(slack.url)
                format: slack
                on: [failure]
              - url: \(down.url)
                timeout: 1s
                retries: 1
              - url: \(hanging.url)
                timeout: 1s
                retries: 1

            """
        try plan.write(to: fixture.directory.appendingPathComponent("shipshape.yml"), atomically: true, encoding: .utf8)

        let started = Stopwatch()
        let good = try fixture.shipshape(
            ["deploy", "--plan", "shipshape.yml", "--revision", "rev1", "--format", "json"] + Self.fast)
        let elapsed = started.seconds
        #expect(good.status == 0, "failing webhooks do not change the exit code: \(good.stdout)\(good.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any])
        let deployMilliseconds = try #require(report["durationMilliseconds"] as? Int)
        // Each failing hook: 2 attempts of ≤ 1 s and a 250 ms pause, in parallel; the rest is process start.
        #expect(elapsed - Double(deployMilliseconds) / 1000 < 8, "the hanging hook is cut off: \(elapsed) s")
        let bodies = json.bodies()
        #expect(bodies.count == 1, "\(bodies)")
        #expect(bodies.first?["event"] as? String == "success")
        #expect(bodies.first?["revision"] as? String == "rev1")
        #expect(bodies.first?["project"] as? String == fixture.project)
        #expect(slack.bodies().isEmpty, "the slack hook is only for failures")
        #expect(good.stderr.contains("notified webhook http://127.0.0.1"), "\(good.stderr)")
        let port = { (url: String) in url.split(separator: "/")[1].split(separator: ":").last.map(String.init) ?? "" }
        let warnings = good.stderr.split(separator: "\n").filter { $0.contains("warning: webhook") }
        #expect(warnings.count == 2, "\(good.stderr)")
        #expect(warnings.contains { $0.contains(port(down.url)) && $0.contains("after 2 attempts") })
        #expect(warnings.contains { $0.contains(port(hanging.url)) && $0.contains("no answer within 1000 ms") })
        #expect(hanging.bodies().count == 2, "the hanging hook got both attempts")
        #expect(!good.stderr.contains("s3cr3t") && !good.stdout.contains("s3cr3t"), "a hook's query is not printed")

        let bad = try fixture.shipshape(
            ["deploy", "--plan", "shipshape.yml", "--revision", "rev2"] + Self.fast, tag: "bad")
        #expect(bad.status == 1, "\(bad.stdout)\(bad.stderr)")
        #expect(json.bodies().last?["event"] as? String == "failure")
        #expect(json.bodies().last?["outcome"] as? String == "rolled-back")
        let text = try #require(slack.bodies().first?["text"] as? String)
        #expect(text.contains("FAILED and rolled back") && text.contains("rev2"), "\(text)")
        #expect(bad.stdout.contains("warning: webhook"))

        let next = try fixture.shipshape(
            ["deploy", "--plan", "shipshape.yml", "--revision", "rev3"] + Self.fast, tag: "good-v2")
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        let back = try fixture.shipshape(["rollback", "--plan", "shipshape.yml"] + Self.fast)
        #expect(back.status == 0, "\(back.stdout)\(back.stderr)")
        let events = json.bodies().map { ($0["event"] as? String ?? "", $0["kind"] as? String ?? "") }
        #expect(events.map(\.0) == ["success", "failure", "success", "rollback"], "\(events)")
        #expect(events.last?.1 == "rollback")
        #expect(slack.bodies().count == 1, "rollback is not in the slack hook's `on:`")
    }

    @Test func anInvalidNotifySectionIsAUsageErrorAndNothingIsDeployed() throws {
        let fixture = try DeployFixture("hookplan", images: false)
        defer { fixture.tearDown() }
        try "notify:\n  - url: http://127.0.0.1:9/h\n    retries: 99\n".write(
            to: fixture.directory.appendingPathComponent("shipshape.yml"), atomically: true, encoding: .utf8)
        let result = try fixture.shipshape(["deploy", "--plan", "shipshape.yml"] + Self.fast)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("notify[0].retries: expected 0 to 5 retries"), "\(result.stderr)")
        #expect(try fixture.containers().isEmpty)
    }
}
