import DeployModel
import ShipshapeCore
import Testing

@testable import LintRules

/// A health check calling a database client its image renamed gets the new name as its fix, not an
/// install line for a package that does not exist, and says the image once.
@Suite struct RenamedClientFixTests {
    static func findings(_ files: [String: String]) -> [Finding] {
        let inputs = files.keys.sorted().compactMap { path -> DeploymentModel.Input? in
            guard let text = files[path], let kind = Discovery.kind(ofPath: path, contents: text) else { return nil }
            return DeploymentModel.Input(path: path, kind: kind, text: text)
        }
        return LintEngine.lint(DeploymentModel.build(inputs), configuration: Configuration(), toolVersion: "test")
            .findings.filter { $0.ruleID == "probe-tool-missing" }
    }

    @Test func composeHealthchecksGetTheNewClientWithTheSameArguments() {
        let found = Self.findings([
            "compose.yaml": """
            services:
              db:
                image: mongo:7
                healthcheck:
                  test: ["CMD", "mongo", "--eval", "db.adminCommand('ping')"]
              sql:
                image: mariadb:11.4
                healthcheck:
                  test: ["CMD-SHELL", "mysqladmin ping -h localhost"]

            """
        ])
        let fixes = Set(found.compactMap(\.fix))
        #expect(
            fixes == [
                "use mongosh, which the image has instead: `mongosh --eval \"db.adminCommand('ping')\"`",
                "use mariadb-admin, which the image has instead: `mariadb-admin ping -h localhost`",
            ])
    }

    @Test func aWorkflowServiceContainerNamesItsImageOnce() throws {
        let found = Self.findings([
            ".github/workflows/ci.yml": """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                services:
                  mongo:
                    image: mongo:6
                    options: --health-cmd "mongo --eval 'db.runCommand({ping:1})'"
                steps:
                  - run: true

            """
        ])
        let finding = try #require(found.first)
        #expect(finding.message.components(separatedBy: "(mongo:6)").count == 2)
        #expect(finding.fix?.hasPrefix("use mongosh, which the image has instead") == true)
    }
}
