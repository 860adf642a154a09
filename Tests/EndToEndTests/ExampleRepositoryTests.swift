import Foundation
import Testing

/// `shipshape lint examples/onquota` — the README's first command — finds the seed's bug at its exact line.
@Suite struct ExampleRepositoryTests {
    static let workflow = "examples/onquota/.github/workflows/deploy-production-enhanced.yml"

    /// The 1-based line and column of `needle` in a file of the repository.
    static func position(of needle: String, inLineContaining context: String, file: String) throws -> (Int, Int) {
        let text = try String(contentsOf: ShipshapeProcess.packageRoot.appendingPathComponent(file), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(context) })
        let range = try #require(lines[index].range(of: needle))
        return (
            index + 1,
            lines[index].unicodeScalars.distance(from: lines[index].unicodeScalars.startIndex, to: range.lowerBound) + 1
        )
    }

    @Test func reportsTheSeedBugAtItsExactLine() throws {
        let result = try ShipshapeProcess.run(["lint", "examples/onquota"])
        #expect(!result.crashed)
        #expect(result.status == 1, "errors found → exit 1")
        let (line, column) = try Self.position(
            of: "wget", inLineContaining: "docker exec onquota-backend wget", file: Self.workflow)
        #expect(
            result.stdout.contains(
                "\(Self.workflow):\(line):\(column): error: wget is not installed in the image of container \"onquota-backend\""
            ),
            "\(result.stdout)")
        #expect(result.stdout.contains("curl is available"))
        #expect(result.stdout.contains("[probe-tool-missing]"))
    }

    @Test func reportsTheFrontendPortAndTheSilencedLoop() throws {
        let result = try ShipshapeProcess.run(["lint", "examples/onquota", "--format", "json"])
        let findings = try JSONFindings.parse(result.stdout)
        let rules = Set(findings.map(\.rule))
        #expect(
            rules.isSuperset(of: ["probe-tool-missing", "probe-output-silenced", "probe-port-mismatch"]), "\(findings)")
        let (line, _) = try Self.position(of: "3000", inLineContaining: "onquota-frontend wget", file: Self.workflow)
        #expect(findings.contains { $0.rule == "probe-port-mismatch" && $0.file == Self.workflow && $0.line == line })
        // The frontend's wget is busybox's: present, so no tool finding for it.
        #expect(!findings.contains { $0.rule == "probe-tool-missing" && $0.line == line })
        // The builder stage installs wget; the runtime stage does not — the finding stands.
        #expect(findings.filter { $0.rule == "probe-tool-missing" }.count == 1)
    }

    @Test func reportsTheUnencodedRedisPasswordWithoutShowingIt() throws {
        let result = try ShipshapeProcess.run(["lint", "examples/onquota"])
        let file = "examples/onquota/.env.production.example"
        let (line, column) = try Self.position(of: "ch@nge", inLineContaining: "REDIS_URL=", file: file)
        #expect(
            result.stdout.contains(
                "\(file):\(line):\(column): error: the password in REDIS_URL (redis URL, \(file)) holds \"@\", \"#\", \"/\" unencoded"
            ),
            "\(result.stdout)")
        #expect(result.stdout.contains("redis://:****%40****%23****%2F****@redis:6379/0"))
        #expect(!result.stdout.contains("ch@nge") && !result.stdout.contains("nge#me"))
        let json = try ShipshapeProcess.run(["lint", "examples/onquota", "--format", "json"])
        let findings = try JSONFindings.parse(json.stdout)
        // Every rule on the example: nothing new beyond the incident's own problems.
        #expect(
            Set(findings.map(\.rule))
                == [
                    "probe-tool-missing", "probe-output-silenced", "probe-port-mismatch", "url-credentials-unencoded",
                    "log-contradicts-config", "busybox-wget-localhost",
                ],
            "\(findings)")
    }

    /// The example's .shipshape.yml enables the opt-in rule, so the incident's lying log line is reported.
    @Test func reportsTheLogLineThatClaimedRedis() throws {
        let file = "examples/onquota/backend/core/rate_limiter.py"
        let result = try ShipshapeProcess.run(["lint", "examples/onquota"])
        let (line, column) = try Self.position(of: "\"redis\"", inLineContaining: "storage=\"redis\"", file: file)
        let (settingLine, _) = try Self.position(of: "storage_uri", inLineContaining: "storage_uri=None", file: file)
        #expect(
            result.stdout.contains(
                "\(file):\(line):\(column): note: log states storage=\"redis\" but storage_uri is set to None on line \(settingLine) in setup_rate_limiting()"
            ),
            "\(result.stdout)")
        // Without the configuration the rule is off and no source file is read.
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("shipshape-empty-\(getpid()).yml")
        try Data().write(to: empty)
        defer { try? FileManager.default.removeItem(at: empty) }
        let unconfigured = try ShipshapeProcess.run(
            ["lint", "examples/onquota", "--config", empty.path, "--format", "json"])
        #expect(try !JSONFindings.parse(unconfigured.stdout).contains { $0.file.hasSuffix(".py") })
    }
}

/// The fields of `--format json` findings the tests compare.
struct JSONFinding: Hashable, CustomStringConvertible {
    let rule: String
    let file: String
    let line: Int
    let severity: String
    let message: String

    var description: String { "\(rule) \(file):\(line) \(message)" }
}

enum JSONFindings {
    static func parse(_ output: String) throws -> [JSONFinding] {
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
        let root = try #require(object as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        return try findings.map { finding in
            let location = try #require(finding["location"] as? [String: Any])
            let start = try #require(location["start"] as? [String: Any])
            return JSONFinding(
                rule: try #require(finding["ruleID"] as? String), file: try #require(location["file"] as? String),
                line: try #require(start["line"] as? Int), severity: try #require(finding["severity"] as? String),
                message: try #require(finding["message"] as? String))
        }
    }
}
