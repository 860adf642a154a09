import ShipshapeCore
import Testing

@testable import LintRules

/// The rule quotes configured values in its message; a URL's password must never be among them.
@Suite struct LogContradictsConfigSecrecyTests {
    @Test func configuredURLPasswordIsMasked() {
        let findings = ExampleRunner.findings(
            of: LogContradictsConfigRule.self,
            in: [
                "app/limits.py": """
                def setup():
                    storage_uri = "memcached://app:s3cr3t-pa55@cache:11211"
                    logger.info("limiter ready", storage="redis")
                """
            ])
        #expect(findings.count == 1)
        let text = findings.map { [$0.message, $0.fix ?? ""] + $0.related.map(\.message) }.joined()
        #expect(!text.joined().contains("s3cr3t-pa55"))
        #expect(findings.first?.message.contains("memcached://app:****@cache:11211") == true, "\(findings)")
    }
}
