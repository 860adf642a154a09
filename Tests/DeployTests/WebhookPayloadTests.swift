import Foundation
import Plan
import Testing

@testable import Deploy

/// The bodies webhooks get (hermetic; the end-to-end webhook tests are in DeployWebhookTests).
@Suite struct WebhookPayloadTests {
    static let report = DeployReport(
        id: "d1", kind: "deploy", project: "shop", revision: "abc123", outcome: "rolled-back", exitCode: 1,
        cause: "web: unhealthy — DATABASE_URL=postgres://app:hunter2@db/app refused",
        services: [.init(service: "web", strategy: "start-first", reason: "no fixed port", fromRevision: "abc000")])

    @Test func eachFormatHasItsShapeAndIsMasked() throws {
        let payload = WebhookPayload(Self.report, event: .failure)
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(payload.body(.json).utf8)) as? [String: Any])
        #expect(json["event"] as? String == "failure" && json["outcome"] as? String == "rolled-back")
        #expect(json["revision"] as? String == "abc123" && json["exitCode"] as? Int == 1)
        #expect((json["services"] as? [[String: Any]])?.first?["service"] as? String == "web")
        let slack = try #require(
            JSONSerialization.jsonObject(with: Data(payload.body(.slack).utf8)) as? [String: String])
        #expect(Array(slack.keys) == ["text"])
        #expect(slack["text"]?.contains("FAILED and rolled back") == true)
        let discord = try #require(
            JSONSerialization.jsonObject(with: Data(payload.body(.discord).utf8)) as? [String: String])
        #expect(Array(discord.keys) == ["content"])
        for format in Webhook.Format.allCases {
            #expect(!payload.body(format).contains("hunter2"), "\(format) body is masked")
        }
    }

    @Test func eventsFollowTheOutcomeAndADryRunSendsNothing() {
        var report = Self.report
        #expect(WebhookNotifier.event(of: report) == .failure)
        report.exitCode = 0
        #expect(WebhookNotifier.event(of: report) == .success)
        report.kind = "rollback"
        #expect(WebhookNotifier.event(of: report) == .rollback)
        report.dryRun = true
        #expect(WebhookNotifier.event(of: report) == nil)
    }

    @Test func theDisplayedURLHidesPathAndQuery() {
        #expect(WebhookNotifier.display("https://hooks.slack.com/services/T0/B0/secret") == "https://hooks.slack.com/…")
        #expect(WebhookNotifier.display("http://127.0.0.1:8080") == "http://127.0.0.1:8080")
        #expect(WebhookNotifier.display("http://127.0.0.1:8080/?token=x") == "http://127.0.0.1:8080/…")
    }

    @Test func aLongCauseIsCutForDiscord() {
        var report = Self.report
        report.cause = String(repeating: "x", count: 5000)
        #expect(WebhookPayload.summary(report).count <= WebhookPayload.maximumSummaryCharacters + 2)
    }
}
