import Foundation
import TestSupport
import Testing

/// SIGTERM/SIGINT to `shipshape deploy` on the built binary, real dockerd and Docker Compose v2: the deploy is
/// cancelled at the next safe point, the previous containers are restored (journaled) and history says
/// `interrupted`; a second signal ends shipshape at once and the next command recovers; a timed-out pre-cutover
/// command ends on SIGTERM (it does not inherit an ignored one).
@Suite(.serialized) struct DeploySignalTests {
    static let fast = ["--soak", "0", "--timeout", "5s", "--stop-grace", "1"]
    static let slowGate = ["--soak", "0", "--timeout", "60s", "--stop-grace", "1"]

    static func output(_ file: URL) -> String { (try? String(contentsOf: file, encoding: .utf8)) ?? "" }

    /// Starts `shipshape deploy ARGS` in the background and returns once it gates `service`'s new container;
    /// its output goes to `deploy.log` in the fixture's directory.
    static func deployUntilItsGate(
        _ fixture: DeployFixture, _ arguments: [String], service: String = "web", tag: String,
        extra: [String: String] = [:]
    ) throws -> (process: Process, log: URL) {
        let log = fixture.directory.appendingPathComponent("deploy.log")
        let process = try fixture.startShipshape(
            ["deploy"] + arguments + Self.slowGate, tag: tag, extra: extra, output: log)
        try DeployCommandTests.waitFor { Self.output(log).contains("\(service): gating the new container") }
        return (process, log)
    }

    @Test func sigtermDuringTheGateRestoresThePreviousVersionAndRecordsInterrupted() throws {
        let fixture = try DeployFixture("sigterm")
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "good"] + Self.fast).status == 0)
        let old = try #require(fixture.running().first)
        let (deploy, log) = try Self.deployUntilItsGate(fixture, ["--revision", "bad"], tag: "bad")
        let signalled = Stopwatch()
        kill(deploy.processIdentifier, SIGTERM)
        deploy.waitUntilExit()
        let text = Self.output(log)
        #expect(deploy.terminationReason == .exit && deploy.terminationStatus == 1, "exit 1: \(text)")
        #expect(signalled.seconds < 20, "the 60 s gate was cut short")
        #expect(text.contains("SIGTERM received during gate-new web: restoring the previous version"), "\(text)")
        #expect(text.contains("INTERRUPTED and rolled back: the previous version is serving again"), "\(text)")
        #expect(text.contains("cause: interrupted by SIGTERM during gate-new web"), "\(text)")
        #expect(try fixture.running().map(\.id) == [old.id], "the previous container serves")
        #expect(DeployFixture.get("http://\(try fixture.ipAddress(old.id)):8080/health")?.contains("v1") == true)
        #expect(try fixture.containers().map(\.id) == [old.id], "no stray container")
        #expect(
            (try? HostCommand.run(["docker", "inspect", "shipshape-lock-\(fixture.project)"])) == nil, "lock released")
        let history = try fixture.history()
        #expect(history.first?.revision == "bad" && history.first?.outcome == "interrupted", "\(history)")
        #expect(history.first?.cause.contains("SIGTERM") == true)
    }

    @Test func sigintDuringAStopFirstGateGivesThePreviousContainerItsNameAndPortBack() throws {
        let fixture = try DeployFixture("sigint", fixedService: true)
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "fixed", "--revision", "one"] + Self.fast).status == 0)
        let name = "\(fixture.project)-fixed"
        let old = try #require(fixture.running().first { $0.name == name })
        let (deploy, log) = try Self.deployUntilItsGate(
            fixture, ["fixed", "--revision", "two"], service: "fixed", tag: "good-v1", extra: ["FIXED_TAG": "bad"])
        kill(deploy.processIdentifier, SIGINT)
        deploy.waitUntilExit()
        let text = Self.output(log)
        #expect(deploy.terminationReason == .exit && deploy.terminationStatus == 1, "exit 1: \(text)")
        #expect(text.contains("SIGINT received during gate-new fixed"), "\(text)")
        let now = try #require(fixture.running().first { $0.name == name })
        #expect(now.id == old.id, "the exact previous container runs under its own name")
        #expect(DeployFixture.get("http://127.0.0.1:\(fixture.fixedPort)/health")?.contains("v1") == true)
        #expect(try fixture.containers().map(\.id) == [old.id], "the killed new container is removed")
        #expect(try fixture.history().first?.outcome == "interrupted")
    }

    @Test func aSecondSignalEndsShipshapeAtOnceAndTheNextDeployRecovers() throws {
        let fixture = try DeployFixture("sig2")
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let old = try #require(fixture.running().first)
        let (deploy, log) = try Self.deployUntilItsGate(fixture, ["--revision", "two"], tag: "bad")
        kill(deploy.processIdentifier, SIGTERM)
        // Standard signals do not queue: the second must arrive after the first was handled.
        Thread.sleep(forTimeInterval: 0.1)
        kill(deploy.processIdentifier, SIGTERM)
        deploy.waitUntilExit()
        #expect(
            deploy.terminationReason == .uncaughtSignal && deploy.terminationStatus == SIGTERM,
            "the second SIGTERM ends shipshape as SIGTERM does: \(Self.output(log))")

        let next = try fixture.shipshape(["deploy", "--revision", "three"] + Self.fast, tag: "good-v2")
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        #expect(next.stdout.contains("found interrupted deploy"), "\(next.stdout)")
        let running = try fixture.running()
        #expect(running.count == 1 && running.first?.revision == "three")
        #expect(try fixture.containers().allSatisfy { $0.revision != "two" }, "nothing of the interrupted deploy")
        #expect(try fixture.containers().contains { $0.id == old.id }, "the original container is kept")
        #expect(try fixture.history().map(\.outcome) == ["deployed", "interrupted", "deployed"])
    }

    @Test func aTimedOutPreCutoverCommandEndsOnSIGTERMAndLeavesNoOneOffContainer() throws {
        let fixture = try DeployFixture("hookterm")
        defer { fixture.tearDown() }
        let plan = """
            version: 1
            targets:
              web:
                service: web
                http: {port: 8080, path: /health}
            deploy:
              services:
                web:
                  pre-cutover: {command: "echo migrating; sleep 60", timeout: 2s}

            """
        try plan.write(to: fixture.directory.appendingPathComponent("plan.yml"), atomically: true, encoding: .utf8)
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let old = try #require(fixture.running().first)
        let result = try fixture.shipshape(
            ["deploy", "--plan", "plan.yml", "--revision", "two"] + Self.fast, tag: "good-v2")
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout.contains("the pre-cutover command of web did not end within 2 s (stopped by SIGTERM)"),
            "docker compose run ends on SIGTERM, no SIGKILL needed: \(result.stdout)")
        #expect(try fixture.running().map(\.id) == [old.id])
        #expect(try fixture.containers().map(\.id) == [old.id], "the one-off container is removed too")
        #expect(try fixture.history().first?.outcome == "rolled-back")
    }
}
