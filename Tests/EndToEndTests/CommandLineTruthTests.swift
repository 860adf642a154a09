import Foundation
import TestSupport
import Testing

/// Issue 13, item 15: small things a new user sees first.
@Suite struct CommandLineTruthTests {
    @Test func misspeltCommandGetsDidYouMean() throws {
        let directory = try TemporaryRepository(files: [:])
        let result = try ShipshapeProcess.run(["lnt"], in: directory.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean 'lint'"), "\(result.stderr)")
        #expect(!result.stderr.contains("No such file"), "\(result.stderr)")
    }

    @Test func usageErrorsShowTheSubcommandsUsage() throws {
        let result = try ShipshapeProcess.run(["wait", "somewhere", "--tcp", "abc"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("shipshape wait"), "\(result.stderr)")
        #expect(!result.stderr.contains("Usage: shipshape <subcommand>"), "\(result.stderr)")
    }

    /// DOCKER_HOST pointing at a web server: say it is not a Docker Engine, do not print its page.
    @Test func dockerHostThatIsNotDocker() throws {
        let port = try WaitTimingFlagTests.closedPort()
        let server = try BackgroundProcess.start(["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1"])
        defer { server.stop() }
        var result = try ShipshapeProcess.run(
            ["wait", "anything", "--timeout", "3s"], environment: ["DOCKER_HOST": "tcp://127.0.0.1:\(port)"])
        for _ in 0..<20 where result.stderr.contains("refused") {
            Thread.sleep(forTimeInterval: 0.2)
            result = try ShipshapeProcess.run(
                ["wait", "anything", "--timeout", "3s"], environment: ["DOCKER_HOST": "tcp://127.0.0.1:\(port)"])
        }
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("not as a Docker Engine"), "\(result.stderr)")
        #expect(!result.stderr.contains("<html"), "\(result.stderr)")
    }

    @Test func outputFileIsAnnounced() throws {
        let directory = try TemporaryRepository(files: [
            "docker-compose.yml": "services:\n  web:\n    image: nginx:1.27\n"
        ])
        let result = try ShipshapeProcess.run(["lint", ".", "-o", "report.txt"], in: directory.path)
        #expect(result.stderr.contains("report written to report.txt"), "\(result.stderr)")
    }

    /// A compose file over the size limit is not read: the gate must not pass it as clean.
    @Test func unreadComposeFileFailsTheGate() throws {
        let directory = try TemporaryRepository(files: [:])
        let padding = String(repeating: "# padding\n", count: 600_000)
        try directory.write("docker-compose.yml", Data(("services:\n  web:\n    image: nginx:1.27\n" + padding).utf8))
        let result = try ShipshapeProcess.run(["lint", ".", "--fail-on", "error"], in: directory.path)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("not linted"), "\(result.stdout)")
    }

    /// Issue 11: `init` probes from outside on the healthcheck's URL, keeps Docker's health as a second
    /// signal, notes a healthcheck that calls a program the image lacks, and writes the project compose
    /// would use (issue 10).
    @Test func initPrefersAnOutsideProbeAndNotesABrokenHealthcheck() throws {
        let directory = try TemporaryRepository(files: [
            "shop/Dockerfile": """
            FROM python:3.11-slim
            RUN apt-get update && apt-get install -y --no-install-recommends curl
            CMD ["python3", "-m", "http.server", "8000"]

            """,
            "shop/docker-compose.yml": """
            services:
              backend:
                build: .
                ports: ["8000:8000"]
                healthcheck:
                  test: ["CMD-SHELL", "wget -q -O- http://localhost:8000/api/v1/health > /dev/null 2>&1"]

            """,
        ])
        let result = try ShipshapeProcess.run(["init", "shop", "-o", "-"], in: directory.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("# The healthcheck can never pass: wget is not installed"), "\(result.stdout)")
        #expect(result.stdout.contains("    project: shop\n"), "\(result.stdout)")
        #expect(
            result.stdout.contains("      port: 8000\n      path: /api/v1/health\n    docker-health: true"),
            "\(result.stdout)")
    }
}
