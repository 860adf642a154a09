import Foundation
import Testing

/// Purpose-built repositories under `Fixtures/`, each with `expected.txt`: one `rule file:line` per
/// expected finding (paths relative to the fixture). An empty file means: no finding at all.
@Suite struct FixtureTests {
    static let fixtures: [String] = {
        let root = ShipshapeProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures")
        return ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }()

    @Test func fixturesExist() {
        #expect(Self.fixtures.count >= 5)
    }

    @Test(arguments: fixtures)
    func findingsMatchExpectations(fixture: String) throws {
        let directory = ShipshapeProcess.fixture(fixture)
        let expectedText = try String(contentsOfFile: directory + "/expected.txt", encoding: .utf8)
        let expected = Set(expectedText.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
        let result = try ShipshapeProcess.run(["lint", ".", "--format", "json"], in: directory)
        #expect(!result.crashed)
        let findings = try JSONFindings.parse(result.stdout)
        let actual = Set(findings.map { "\($0.rule) \($0.file):\($0.line)" })
        #expect(actual == expected, "\(findings)")
        let hasErrors = findings.contains { $0.severity == "error" }
        #expect(result.status == (hasErrors ? 1 : 0))
    }
}
