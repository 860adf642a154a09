import DeployModel
import ShipshapeCore
import Testing

@testable import LintRules

/// `url-credentials-unencoded` reports a password without ever printing it, in every output format.
@Suite struct URLCredentialsSecrecyTests {
    static let password = "Kq7#vT2@pLx9"
    static let files = [
        ".env.production": "ENVIRONMENT=production\nREDIS_URL=redis://:\(password)@redis:6379/0\n",
        "compose.yaml": """
        services:
          worker:
            image: worker
            env_file: .env.production
            environment:
              BROKER_URL: "amqp://guest:\(password)@rabbitmq:5672/"

        """,
    ]

    static func report() -> Report {
        let inputs = files.keys.sorted().compactMap { path -> DeploymentModel.Input? in
            guard let text = files[path], let kind = Discovery.kind(ofPath: path, contents: text) else { return nil }
            return DeploymentModel.Input(path: path, kind: kind, text: text)
        }
        return LintEngine.lint(DeploymentModel.build(inputs), configuration: Configuration(), toolVersion: "test")
    }

    @Test func findsBothURLsAndPointsAtThePassword() throws {
        let findings = Self.report().findings.filter { $0.ruleID == "url-credentials-unencoded" }
        #expect(findings.count == 2)
        let dotenv = try #require(findings.first { $0.location.file == ".env.production" })
        #expect(dotenv.location.start == SourcePosition(line: 2, column: 20))
        #expect(dotenv.location.end == SourcePosition(line: 2, column: 32))
        #expect(dotenv.fix?.contains("redis://:****%23****%40****@redis:6379/0") == true)
        #expect(dotenv.related.contains { $0.location.file == "compose.yaml" })
    }

    @Test func theSecretAppearsInNoOutputFormat() {
        let report = Self.report()
        #expect(lintReporters.reporters.count >= 3)
        for format in lintReporters.reporters {
            let output = format.report(report, options: ReporterOptions())
            #expect(output.contains("url-credentials-unencoded"), "\(format.identifier)")
            for fragment in ["Kq7", "vT2", "pLx9", Self.password] {
                #expect(!output.contains(fragment), "\(format.identifier) output shows \(fragment)")
            }
        }
    }
}
