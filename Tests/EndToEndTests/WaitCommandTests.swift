import Foundation
import TestSupport
import Testing

/// `shipshape wait` end to end: the built binary against a real Docker Engine and real containers.
@Suite(.serialized) struct WaitCommandTests {
    init() throws { try DockerFixture.buildImage() }

    @Test func healthyContainerReachedWithoutExec() throws {
        let name = DockerFixture.uniqueName("healthy")
        defer { DockerFixture.remove(name) }
        try DockerFixture.startServer(name: name, delay: 1)
        let result = try ShipshapeProcess.run(
            ["wait", name, "--http", ":8080/health", "--expect", "json: $.status == \"healthy\"", "--timeout", "20s"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("\(name) healthy"))
        #expect(!result.stdout.contains("exec"), "the probe must not need anything inside the container")
    }

    /// The seed incident: the check calls a tool the image lacks while the service is fine.
    @Test func brokenHealthCheckIsToldApartFromABrokenService() throws {
        let name = DockerFixture.uniqueName("seed")
        defer { DockerFixture.remove(name) }
        try DockerFixture.startServer(name: name)
        let result = try ShipshapeProcess.run(
            ["wait", name, "--exec", "curl -fsS http://localhost:8080/health", "--timeout", "4s", "--format", "json"])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let target = try #require((report["targets"] as? [[String: Any]])?.first)
        #expect(target["cause"] as? String == "probe-tool-missing")
        let verdict = try #require(target["verdict"] as? String)
        #expect(verdict.contains("the service is healthy; the health check is broken"))
        #expect(verdict.contains("curl"))
    }

    @Test func versionMismatchFailsWithBothValues() throws {
        let name = DockerFixture.uniqueName("version")
        defer { DockerFixture.remove(name) }
        try DockerFixture.startServer(name: name)
        let result = try ShipshapeProcess.run(
            ["wait", name, "--http", ":8080/health", "--expect-version", "def5678", "--timeout", "5s"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("abc1234"))
        #expect(result.stdout.contains("def5678"))
    }

    @Test func unreachableDaemonExitsThree() throws {
        let result = try ShipshapeProcess.run(
            ["wait", "anything", "--timeout", "5s"], environment: ["DOCKER_HOST": "unix:///tmp/shipshape-no-such.sock"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("/tmp/shipshape-no-such.sock"))
    }

    @Test func noTargetAndNoPlanIsAUsageError() throws {
        let directory = try TemporaryRepository(files: [:])
        let result = try ShipshapeProcess.run(["wait"], in: directory.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("shipshape init"))
    }

    @Test func junitAndGitHubSummary() throws {
        let name = DockerFixture.uniqueName("junit")
        defer { DockerFixture.remove(name) }
        try DockerFixture.startServer(name: name)
        let directory = try TemporaryRepository(files: ["summary.md": ""])
        let result = try ShipshapeProcess.run(
            ["wait", name, "--exec", "curl -fsS http://localhost:8080/health", "--timeout", "3s", "--format", "junit"],
            environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": directory.path + "/summary.md"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("<testcase classname=\"shipshape.wait\" name=\"\(name)\""))
        #expect(result.stdout.contains("<failure type=\"probe-tool-missing\""))
        #expect(result.stdout.contains("::error title=shipshape wait"))
        let summary = try String(contentsOfFile: directory.path + "/summary.md", encoding: .utf8)
        #expect(summary.contains("| \(name) | ❌ unhealthy | probe-tool-missing |"))
    }

    @Test func urlTargetNeedsNoDocker() throws {
        let name = DockerFixture.uniqueName("published")
        defer { DockerFixture.remove(name) }
        try DockerFixture.startServer(name: name, publish: true)
        let port =
            try DockerFixture.host(["docker", "port", name, "8080/tcp"]).output
            .split(separator: "\n").first.flatMap { $0.split(separator: ":").last }.map(String.init) ?? ""
        let result = try ShipshapeProcess.run(
            ["wait", "http://127.0.0.1:\(port)/health", "--timeout", "10s"],
            environment: ["DOCKER_HOST": "unix:///tmp/shipshape-no-such.sock"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}

@Suite struct WaitTimingFlagTests {
    /// A port on loopback that nothing listens on: every attempt is refused at once.
    static func closedPort() throws -> Int {
        let probe = try HostProcess.run([
            "python3", "-c", "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])",
        ])
        return try #require(Int(probe.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    static func attempts(maxInterval: String, port: Int) throws -> (status: Int32, attempts: Int) {
        let result = try ShipshapeProcess.run(
            [
                "wait", "http://127.0.0.1:\(port)/health", "--timeout", "1500ms", "--interval", "50ms",
                "--max-interval", maxInterval, "--format", "json",
            ],
            environment: ["DOCKER_HOST": "unix:///tmp/shipshape-no-such.sock"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let targets = try #require(json["targets"] as? [[String: Any]])
        return (result.status, try #require(targets.first?["attempts"] as? Int))
    }

    @Test func maxIntervalBoundsThePauseBetweenAttempts() throws {
        let port = try Self.closedPort()
        let fast = try Self.attempts(maxInterval: "50ms", port: port)
        let slow = try Self.attempts(maxInterval: "1s", port: port)
        #expect(fast.status == 1)
        #expect(slow.status == 1)
        // 1.5 s at a steady 50 ms pause is ~30 attempts; growing to 1 s pauses allows only a few.
        #expect(fast.attempts >= 15, "fast: \(fast.attempts)")
        #expect(slow.attempts <= 8, "slow: \(slow.attempts)")
    }

    @Test func maxIntervalRejectsSomethingThatIsNotADuration() throws {
        let result = try ShipshapeProcess.run(["wait", "http://127.0.0.1:9/health", "--max-interval", "soon"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--max-interval expects a duration"))
    }
}

/// DNS failure, caused for real without sending a query anywhere: shipshape runs in a network
/// namespace of its own (`unshare -n`, loopback only), where no resolver can be reached.
@Suite struct WaitDNSFailureTests {
    @Test func anUnresolvableHostIsADNSFailure() throws {
        let result = try HostProcess.run([
            "unshare", "-n", ShipshapeProcess.binary, "wait", "http://backend.invalid:8000/health", "--timeout", "2s",
            "--format", "json",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let target = try #require((json["targets"] as? [[String: Any]])?.first)
        #expect(target["cause"] as? String == "dns-failure")
        #expect(result.stdout.contains("cannot resolve backend.invalid"))
    }
}
