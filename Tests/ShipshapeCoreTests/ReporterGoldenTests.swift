import Foundation
import Testing

@testable import ShipshapeCore

/// Each reporter's output for one fixed report, compared with a file under `Golden/`.
/// Set `SHIPSHAPE_UPDATE_GOLDEN=1` to rewrite the files after an intended change.
@Suite struct ReporterGoldenTests {
    static let report: Report = {
        let rule = RuleDescription(
            identifier: "probe-tool-missing", name: "Probe tool missing from image",
            summary: "A command run inside a container uses a program its image does not contain.",
            rationale: "The check fails although the service is healthy.", severity: .error)
        let finding = Finding(
            ruleID: "probe-tool-missing", severity: .error,
            message: "wget is not installed in the image of container \"onquota-backend\"; curl is installed",
            location: SourceLocation(file: ".github/workflows/deploy.yml", line: 3, column: 36, endColumn: 40),
            related: [
                .init(
                    SourceLocation(file: "backend/Dockerfile", line: 12, column: 1), "final stage FROM python:3.11-slim"
                )
            ],
            fix: "use curl -fsS instead of wget -q -O-")
        let warning = Finding(
            ruleID: "probe-output-silenced", severity: .warning, message: "output of the probe is discarded",
            location: SourceLocation(file: ".env", line: 1, column: 1, endColumn: 10))
        return Report(
            findings: [warning, finding], rules: [rule],
            sources: [
                ".github/workflows/deploy.yml":
                    "steps:\n  - run: |\n      if docker exec onquota-backend wget -q -O- http://localhost:8000/h > /dev/null 2>&1; then\n",
                ".env": "REDIS_URL=redis://:p@ss@redis:6379\n",
            ],
            filesScanned: 2, toolVersion: "0.0.0-test")
    }()

    @Test(arguments: ["text", "json", "sarif", "github"])
    func matchesGoldenFile(format: String) throws {
        let found = ShipshapeCore.reporter(named: format)
        let reporter = try #require(found)
        let output = reporter.report(Self.report, options: ReporterOptions(color: false))
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/report.\(format)")
        if ProcessInfo.processInfo.environment["SHIPSHAPE_UPDATE_GOLDEN"] == "1" {
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(output == golden)
    }

    @Test(arguments: ["text", "json", "sarif", "github"])
    func neverPrintsTheSecret(format: String) throws {
        let found = ShipshapeCore.reporter(named: format)
        let reporter = try #require(found)
        let output = reporter.report(Self.report, options: ReporterOptions(color: false))
        #expect(!output.contains("p@ss"))
    }

    @Test func sarifHasTheFieldsCodeScanningRequires() throws {
        let output = SARIFReporter.report(Self.report, options: ReporterOptions())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "shipshape")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.first?["id"] as? String == "probe-tool-missing")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for result in results {
            #expect(result["ruleId"] is String)
            #expect((result["message"] as? [String: Any])?["text"] is String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first)
            let physical = try #require(location["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] is String)
            #expect(((physical["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
            #expect((result["partialFingerprints"] as? [String: String])?.isEmpty == false)
        }
        let related = try #require(
            results.first { $0["ruleId"] as? String == "probe-tool-missing" }?["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
    }

    @Test func colourOnlyWhenAsked() {
        let plain = TextReporter.report(Self.report, options: ReporterOptions(color: false))
        let coloured = TextReporter.report(Self.report, options: ReporterOptions(color: true))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31m"))
    }
}
