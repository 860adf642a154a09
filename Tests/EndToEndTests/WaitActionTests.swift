import Foundation
import TestSupport
import Testing
import Yams

/// The `wait` action (`actions/wait/action.yml`) run for real: its install step downloads the built
/// binary from a release directory served on loopback (checksum verified), then its wait step gates
/// on a URL on loopback with the environment GitHub gives it and writes the step summary.
@Suite(.serialized) struct WaitActionTests {
    static let actionPath = ShipshapeProcess.packageRoot.appendingPathComponent("actions/wait").path

    /// The `run:` script of each step, by position.
    static func stepScripts() throws -> [String] {
        let text = try String(contentsOfFile: actionPath + "/action.yml", encoding: .utf8)
        let action = try #require(try Yams.load(yaml: text) as? [String: Any])
        let steps = try #require((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        return steps.compactMap { $0["run"] as? String }
    }

    /// A release directory holding the built binary under both architecture names, with checksums.
    static func release() throws -> TemporaryRepository {
        let release = try TemporaryRepository(files: [:])
        let binary = try Data(contentsOf: URL(fileURLWithPath: ShipshapeProcess.binary))
        for arch in ["x86_64", "arm64"] {
            let name = "shipshape-linux-\(arch)"
            try release.write(name, binary)
            let digest = try HostProcess.run(["sha256sum", name], in: release.path).stdout
            try release.write(name + ".sha256", Data(digest.utf8))
        }
        return release
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        let outputs: String
        let summary: String
    }

    /// Runs the install step, then the wait step with `inputs` as the step's environment.
    static func run(_ inputs: [String: String]) throws -> Run {
        let scripts = try stepScripts()
        try #require(scripts.count == 2)
        let release = try release()
        let server = try LocalFileServer(serving: release.path)
        let runner = try TemporaryRepository(files: ["github-output": "", "step-summary": ""])
        let bindir = runner.path + "/shipshape-test"
        let install = try HostProcess.run(
            ["bash", "-c", scripts[0]],
            environment: [
                "GITHUB_ACTION_PATH": actionPath, "SHIPSHAPE_VERSION": "0.0.0", "SHIPSHAPE_BASE_URL": server.baseURL,
                "BINDIR": bindir,
            ])
        try #require(install.status == 0, "install step: \(install.stderr)")
        #expect(install.stdout.contains("checksum verified"))
        var environment = [
            "SHIPSHAPE": bindir + "/shipshape", "GITHUB_ACTIONS": "true",
            "GITHUB_OUTPUT": runner.path + "/github-output",
            "GITHUB_STEP_SUMMARY": runner.path + "/step-summary", "NO_COLOR": "1",
        ]
        for name in [
            "TARGETS", "PROJECT", "PLAN", "HTTP", "EXPECT", "EXPECT_VERSION", "TIMEOUT", "ARGS", "FORMAT", "REPORT",
        ] {
            environment["WAIT_\(name)"] = inputs[name] ?? ""
        }
        let wait = try HostProcess.run(["bash", "-c", scripts[1]], environment: environment, timeout: 60)
        return Run(
            status: wait.status, stdout: wait.stdout, stderr: wait.stderr,
            outputs: try String(contentsOfFile: runner.path + "/github-output", encoding: .utf8),
            summary: try String(contentsOfFile: runner.path + "/step-summary", encoding: .utf8))
    }

    @Test func installsTheReleaseAndPassesWhenTheURLIsHealthy() throws {
        let site = try TemporaryRepository(files: ["health": #"{"status":"ok","version":"abc1234"}"#])
        let service = try LocalFileServer(serving: site.path)
        let run = try Self.run([
            "TARGETS": service.baseURL + "/health", "EXPECT": "status: 200\njson: $.status == \"ok\"",
            "EXPECT_VERSION": "abc1234", "TIMEOUT": "20s", "FORMAT": "text",
        ])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.outputs.contains("status=0"))
        #expect(run.summary.contains(service.baseURL + "/health"), "the step summary names the target: \(run.summary)")
    }

    @Test func failsWithTheStatusAndTheSummaryWhenTheVersionDiffers() throws {
        let site = try TemporaryRepository(files: ["health": #"{"status":"ok","version":"abc1234"}"#])
        let service = try LocalFileServer(serving: site.path)
        let report = site.path + "/report.json"
        let run = try Self.run([
            "TARGETS": service.baseURL + "/health", "EXPECT_VERSION": "def5678", "TIMEOUT": "3s", "FORMAT": "json",
            "REPORT": report,
        ])
        #expect(run.status == 1)
        #expect(run.outputs.contains("status=1"))
        #expect(run.stdout.contains("::error"))
        #expect(!run.summary.isEmpty)
        let json = try String(contentsOfFile: report, encoding: .utf8)
        #expect(json.contains("def5678"))
    }

    @Test func aUsageErrorIsReportedInTheSummary() throws {
        let run = try Self.run(["TARGETS": "http://127.0.0.1:9/", "ARGS": "--no-such-option", "TIMEOUT": "2s"])
        #expect(run.status == 2)
        #expect(run.outputs.contains("status=2"))
        #expect(run.summary.contains("shipshape wait: exit code 2"))
    }
}
