import Foundation
import Testing

/// `shipshape diagnose` end to end: the built binary against a real Docker Engine.
@Suite(.serialized) struct DiagnoseCommandTests {
    init() throws { try DockerFixture.buildImage() }

    /// A one-service compose-labelled project serving /www on 8080, with a secret in its environment.
    func startProject(healthCommand: String) throws -> (project: String, container: String) {
        let project = DockerFixture.uniqueName("diag")
        let container = "\(project)-web"
        let result = try DockerFixture.host([
            "docker", "run", "-d", "--name", container, "--label", "com.docker.compose.project=\(project)",
            "--label", "com.docker.compose.service=web", "-p", "127.0.0.1::8080", "-e", "DB_PASSWORD=hunter2-e2e",
            "--health-cmd", healthCommand, "--health-interval", "1s", "--health-retries", "1",
            DockerFixture.image, "httpd", "-f", "-p", "8080", "-h", "/www",
        ])
        try #require(result.status == 0, "docker run failed: \(result.output)")
        return (project, container)
    }

    @Test func healthyProjectExitsZero() throws {
        let (project, container) = try startProject(healthCommand: "wget -q -O- http://localhost:8080/health")
        defer { DockerFixture.remove(container) }
        Thread.sleep(forTimeInterval: 2.5)
        let result = try ShipshapeProcess.run(["diagnose", "--project", project])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("1. Containers"))
        #expect(result.stdout.contains("Everything checked is healthy."))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func brokenHealthCheckExitsOneAndEveryFormatHidesTheSecret() throws {
        let (project, container) = try startProject(
            healthCommand: "curl -fsS http://localhost:8080/health?pw=$DB_PASSWORD")
        defer { DockerFixture.remove(container) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(DockerFixture.uniqueName("out"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in ["text", "markdown", "json", "html"] {
            let file = directory.appendingPathComponent("report.\(format)").path
            let result = try ShipshapeProcess.run([
                "diagnose", "--project", project, "--format", format, "--output", file,
            ])
            #expect(result.status == 1, "\(format): \(result.stdout)\(result.stderr)")
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.contains("probe-tool-missing"), "\(format) names the cause")
            #expect(!text.contains("hunter2-e2e"))
        }
        let json = try String(contentsOfFile: directory.appendingPathComponent("report.json").path, encoding: .utf8)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect((summary["rootCause"] as? [String: Any])?["cause"] as? String == "probe-tool-missing")
        let html = try String(contentsOfFile: directory.appendingPathComponent("report.html").path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="), "self-contained")
    }

    @Test func dockerUnreachableExitsThree() throws {
        let result = try ShipshapeProcess.run([
            "diagnose", "--project", "x", "--host", "unix:///nonexistent/docker.sock",
        ])
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("Docker daemon not reachable"))
    }

    @Test func usageErrorsExitTwo() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent(DockerFixture.uniqueName("empty"))
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let nothing = try ShipshapeProcess.run(["diagnose"], in: empty.path)
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("Nothing to diagnose"))
        let badDuration = try ShipshapeProcess.run(["diagnose", "--project", "x", "--logs-since", "soon"])
        #expect(badDuration.status == 2)
        #expect(badDuration.stderr.contains("--logs-since expects a duration"))
        let noProject = try ShipshapeProcess.run(["diagnose", "--project", DockerFixture.uniqueName("none")])
        #expect(noProject.status == 2)
        #expect(noProject.stderr.contains("has no containers on this host"))
    }
}
