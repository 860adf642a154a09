import Plan
import Testing

@testable import PlanFile

/// `notify:` — the webhooks deploy and rollback call: defaults, every key, range checks and unknown keys.
@Suite struct NotifyKeysTests {
    func parse(_ text: String, environment: [String: String] = [:]) throws -> Plan {
        try PlanFileParser.parse(text: text, path: "shipshape.yml", environment: environment)
    }

    func message(_ text: String) -> String { planErrorMessage(text) }

    @Test func readsEveryKeyAndDefaults() throws {
        let plan = try parse(
            """
            notify:
              - url: https://hooks.slack.com/services/${HOOK}
                format: slack
                on: [success, failure]
                timeout: 2s
                retries: 4
              - url: http://127.0.0.1:9/hook

            """, environment: ["HOOK": "T0/B0/secret"])
        #expect(plan.notify.count == 2)
        #expect(
            plan.notify[0]
                == Webhook(
                    url: "https://hooks.slack.com/services/T0/B0/secret", format: .slack, events: [.success, .failure],
                    timeoutMilliseconds: 2000, retries: 4))
        #expect(plan.notify[1] == Webhook(url: "http://127.0.0.1:9/hook"))
        #expect(plan.notify[1].events == [.success, .failure, .rollback] && plan.notify[1].retries == 2)
        #expect(try parse("targets: {}\n").notify.isEmpty)
    }

    @Test func refusesUnknownKeysAndValuesOutOfRange() {
        #expect(
            message("notify:\n  - url: https://x.test/h\n    timout: 1s\n")
                == "shipshape.yml:3:5: notify[0].timout: unknown key; did you mean 'timeout'?")
        #expect(message("notify:\n  - url: https://x.test/h\n    retries: 9\n").contains("expected 0 to 5 retries"))
        #expect(message("notify:\n  - url: https://x.test/h\n    timeout: 10m\n").contains("expected 100ms to 60s"))
        #expect(message("notify:\n  - url: https://x.test/h\n    timeout: 10ms\n").contains("expected 100ms to 60s"))
        #expect(
            message("notify:\n  - url: https://x.test/h\n    format: slak\n")
                .contains("'slak' is not one of json, slack, discord; did you mean 'slack'?"))
        #expect(message("notify:\n  - url: https://x.test/h\n    on: [deployed]\n").contains("is not one of success"))
        #expect(message("notify:\n  - format: json\n").contains("notify[0]: expected a `url:`"))
    }

    @Test func aBadURLIsRefusedWithoutEchoingIt() {
        let error = message("notify:\n  - url: ftp://user:hunter2@x.test/h\n")
        #expect(error.contains("notify[0].url: expected an http:// or https:// URL"))
        #expect(!error.contains("hunter2"))
    }
}
