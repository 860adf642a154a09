import Foundation
import TestSupport
import Testing

/// The secret canary suite: one repository and one running container carry distinct fake secrets in
/// every place a secret hides (issue 16, items 4–6 and 10); every command in every format — report,
/// standard error, GitHub annotations and step summary — is searched for every canary.
@Suite(.serialized) struct SecretCanaryTests {
    /// Fake secrets in the repository lint reads. `tail…` follows a `#`, where masking once stopped.
    static let repositoryFiles: [String: String] = [
        ".env.production": """
        DB_PASSWORD=cnryR01#tailR01
        DB_PASS=cnryR02
        PGPASS=cnryR03
        SSHPASS=cnryR04
        AUTH=cnryR05
        REDIS_URL=redis://:cnryR06 x@y@redis:6379/0

        """,
        "docker-compose.yml": """
        services:
          api:
            image: python:3.11-slim
            container_name: api
            env_file: .env.production
            healthcheck:
              test: ["CMD", "redis-cli", "-a", "cnryR07#tailR07", "ping"]
          worker:
            image: python:3.11-slim
            healthcheck:
              test: ["CMD-SHELL", "mysqladmin ping -h localhost -u root -pcnryR08#tailR08"]
          web:
            image: python:3.11-slim
            healthcheck:
              test: ["CMD-SHELL", "curl -fsS -u admin:cnryR09 http://localhost:8000/health"]

        """,
        "deploy.sh": """
        #!/bin/sh
        docker exec api wget -q --header 'X-Api-Key: cnryR10' -O- http://localhost:8000/health
        docker exec api curl -fsS -H "Authorization: Bearer cnryR11" http://localhost:8000/health
        docker exec api redis-cli -a cnryR12 ping

        """,
    ]

    static let repositoryCanaries =
        (1...12).map { String(format: "cnryR%02d", $0) } + ["tailR01", "tailR07", "tailR08"]

    /// What the container logs: each line hides a canary the way real services print them.
    static let containerLog = """
        login failed for bob with password cnryL01
        {"level":"error","password":"cnryL02","msg":"db auth failed"}
        {"api_key":"cnryL03","secret":"cnryL04","db_pass":"cnryL05","pass":"cnryL06"}
        connecting: mysql -uroot -pcnryL07#tailL07 app
        curl -u admin:cnryL08 http://db.internal/
        {"headers":{"X-Api-Key":"cnryL09"}}
        charging with sk_live_cnryL10abcdefgh
        DB_PASSWORD=cnryL11#tailL11
        GET /file?key=cnryL12&sig=cnryL13&X-Amz-Signature=cnryL14 500
        Authorization: Bearer cnryL15
        cloning https://cnryL16@git.internal/x.git
        cache at redis://:cnryL17@redis:6379/0
        AUTH=cnryL18 SSHPASS=cnryL19 PGPASS=cnryL20
        ::error file=app.py,line=1::forged by the container
        ::stop-commands::cnrystop
        ##[error]forged the old way
        \(String(repeating: "a.", count: 32_768))

        """

    static let containerCanaries =
        (1...20).map { String(format: "cnryL%02d", $0) } + [
            "tailL07", "tailL11", "cnryE01", "cnryE02", "cnryH01", "cnryH02", "cnryX01",
        ]

    func expectNoCanary(_ text: String, _ canaries: [String], _ context: String) {
        for canary in canaries {
            #expect(!text.contains(canary), "\(context) prints \(canary)")
        }
    }

    @Test func lintPrintsNoCanaryInAnyFormat() throws {
        let repository = try TemporaryRepository(files: Self.repositoryFiles)
        for format in ["text", "json", "sarif", "github"] {
            let result = try ShipshapeProcess.run(
                ["lint", ".", "--format", format], in: repository.path, timeout: 60,
                environment: ["GITHUB_ACTIONS": format == "github" ? "true" : ""])
            #expect(!result.crashed)
            #expect(result.status == 1, "\(format): \(result.stdout)\(result.stderr)")
            expectNoCanary(result.stdout + result.stderr, Self.repositoryCanaries, "lint --format \(format)")
            // The findings do quote the secret-bearing lines, masked: the test can fail.
            #expect(result.stdout.contains("****"), "\(format) quotes masked lines: \(result.stdout)")
            #expect(result.stdout.contains("deploy.sh") && result.stdout.contains("docker-compose.yml"))
        }
    }

    @Test func waitAndDiagnosePrintNoCanaryInAnyFormat() throws {
        try DockerFixture.buildImage()
        let project = DockerFixture.uniqueName("canary")
        let container = "\(project)-web"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(project)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.containerLog.write(to: directory.appendingPathComponent("log.txt"), atomically: true, encoding: .utf8)
        let started = try DockerFixture.host([
            "docker", "run", "-d", "--name", container, "-v", "\(directory.path):/data:ro",
            "--label", "com.docker.compose.project=\(project)", "--label", "com.docker.compose.service=web",
            "-e", "DB_PASSWORD=cnryE01", "-e", "API_TOKEN=cnryE02",
            "--health-cmd", "echo SECRET_TOKEN=cnryH01; redis-cli -a cnryH02 ping",
            "--health-interval", "1s", "--health-retries", "1",
            DockerFixture.image, "sh", "-c", "cat /data/log.txt; exec sleep 300",
        ])
        try #require(started.status == 0, "docker run failed: \(started.output)")
        defer { DockerFixture.remove(container) }
        Thread.sleep(forTimeInterval: 2.5)

        for format in ["text", "json", "junit"] {
            let began = Stopwatch()
            let result = try ShipshapeProcess.run(
                ["wait", container, "--exec", "redis-cli -a cnryX01 ping", "--timeout", "2s", "--format", format],
                timeout: 60)
            #expect(result.status == 1, "wait \(format): \(result.status) \(result.stderr)")
            #expect(began.seconds < 20, "the 64 KB hostile log line renders in linear time")
            expectNoCanary(result.stdout + result.stderr, Self.containerCanaries, "wait --format \(format)")
            #expect(result.stdout.contains("****"), "wait \(format) shows the masked log: \(result.stdout)")
        }
        try gitHubRun(container: container, directory: directory)

        for format in ["text", "markdown", "json", "html"] {
            let summary = directory.appendingPathComponent("diagnose-summary-\(format).md").path
            FileManager.default.createFile(atPath: summary, contents: nil)
            let result = try ShipshapeProcess.run(
                ["diagnose", "--project", project, "--format", format], timeout: 120,
                environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary])
            #expect(result.status == 1, "diagnose \(format): \(result.status) \(result.stderr)")
            let written = (try? String(contentsOfFile: summary, encoding: .utf8)) ?? ""
            expectNoCanary(
                result.stdout + result.stderr + written, Self.containerCanaries, "diagnose --format \(format)")
            #expect(result.stdout.contains("****"), "diagnose \(format) shows masked values")
        }
    }

    /// Under GitHub Actions the container's `::error` and `::stop-commands::` lines are inert, and
    /// Shipshape's own annotation still starts its line.
    func gitHubRun(container: String, directory: URL) throws {
        let summary = directory.appendingPathComponent("wait-summary.md").path
        FileManager.default.createFile(atPath: summary, contents: nil)
        let result = try ShipshapeProcess.run(
            ["wait", container, "--exec", "redis-cli -a cnryX01 ping", "--timeout", "2s"], timeout: 60,
            environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary])
        #expect(result.status == 1)
        let written = (try? String(contentsOfFile: summary, encoding: .utf8)) ?? ""
        expectNoCanary(result.stdout + result.stderr + written, Self.containerCanaries, "wait under GitHub Actions")
        let lines = (result.stdout + "\n" + result.stderr).split(separator: "\n")
        let commands = lines.filter { $0.drop { $0 == " " || $0 == "\t" }.hasPrefix("::") }
        #expect(!commands.isEmpty, "Shipshape's own annotation: \(result.stdout)")
        #expect(commands.allSatisfy { $0.hasPrefix("::error title=shipshape wait") }, "\(commands)")
        #expect(!lines.contains { $0.contains("##[") }, "old-style commands neutralised")
    }
}
