import Plan
import Testing

@testable import PlanFile

/// `deploy:` — soak, successes, keep, and per service strategy and pre-cutover: values, ranges, unknown keys.
@Suite struct DeployKeysTests {
    func parse(_ text: String) throws -> Plan {
        try PlanFileParser.parse(text: text, path: "shipshape.yml", environment: ["V": "v2"])
    }

    func message(_ text: String) -> String { planErrorMessage(text) }

    @Test func readsTheSectionAndEachService() throws {
        let plan = try parse(
            """
            deploy:
              soak: 10s
              successes: 2
              keep: 5
              services:
                api:
                  strategy: stop-first
                  soak: 0
                  successes: 4
                  keep: 1
                  pre-cutover: ["./migrate", "up", "${V}"]
                worker:
                  pre-cutover:
                    command: echo "$$SHIPSHAPE_REVISION"
                    timeout: 10m
                web:

            """)
        let section = plan.deploy
        #expect(section.soakMilliseconds == 10_000 && section.successes == 2 && section.keep == 5)
        #expect(
            section.services["api"]
                == DeploySection.Service(
                    strategy: "stop-first", soakMilliseconds: 0, successes: 4, keep: 1,
                    preCutover: DeploySection.Hook(command: ["./migrate", "up", "v2"])))
        #expect(
            section.services["worker"]?.preCutover
                == DeploySection.Hook(
                    command: ["sh", "-c", "echo \"$SHIPSHAPE_REVISION\""], timeoutMilliseconds: 600_000))
        #expect(section.services["web"] == DeploySection.Service())
        #expect(try parse("targets: {}\n").deploy == DeploySection())
    }

    @Test func refusesUnknownKeysAndValuesOutOfRange() {
        #expect(
            message("deploy:\n  soak-time: 1s\n").hasPrefix("shipshape.yml:2:3: deploy.soak-time: unknown key"))
        #expect(
            message("deploy:\n  services:\n    api:\n      stratgy: stop-first\n")
                == "shipshape.yml:4:7: deploy.services.api.stratgy: unknown key; did you mean 'strategy'?")
        #expect(
            message("deploy:\n  services:\n    api:\n      strategy: blue-green\n")
                .contains("deploy.services.api.strategy: 'blue-green' is not start-first or stop-first"))
        #expect(
            message("deploy:\n  successes: 0\n").contains("deploy.successes: expected 1 to 100 consecutive successes"))
        #expect(message("deploy:\n  keep: 101\n").contains("deploy.keep: expected 0 to 100 kept containers"))
        #expect(message("deploy:\n  soak: 2h\n").contains("deploy.soak: expected 0s to 1h"))
        #expect(
            message("deploy:\n  services:\n    api:\n      pre-cutover: {command: x, timeout: 2h}\n")
                .contains("pre-cutover.timeout: expected 1s to 1h"))
        #expect(
            message("deploy:\n  services:\n    api:\n      pre-cutover: {timeout: 1m}\n")
                .contains("deploy.services.api.pre-cutover: expected a `command:`"))
        #expect(message("deploy:\n  services:\n    api:\n      pre-cutover: []\n").contains("an empty one"))
    }
}
