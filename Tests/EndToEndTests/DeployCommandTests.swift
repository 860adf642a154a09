import Foundation
import TestSupport
import Testing

/// `shipshape deploy`, `history` on the built binary against the real dockerd and real Docker Compose v2.
/// Each test has its own compose project, images and state directory, and tears them down.
@Suite(.serialized) struct DeployCommandTests {
    static let fast = ["--soak", "0", "--timeout", "5s", "--stop-grace", "1"]

    @Test func aGoodDeployReplacesTheContainerStartFirstAndRecordsIt() throws {
        let fixture = try DeployFixture("good")
        defer { fixture.tearDown() }
        let first = try fixture.shipshape(["deploy", "--revision", "rev1"] + Self.fast)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("from nothing (first deploy)"))
        let v1 = try #require(fixture.running().first)
        #expect(v1.revision == "rev1")

        let second = try fixture.shipshape(
            [
                "deploy", "--revision", "rev2", "--format", "json", "--soak", "1s", "--timeout", "5s", "--stop-grace",
                "1",
            ],
            tag: "good-v2")
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        let report = try #require(
            JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any], "\(second.stdout)")
        #expect(report["outcome"] as? String == "deployed")
        let service = try #require((report["services"] as? [[String: Any]])?.first)
        #expect(service["strategy"] as? String == "start-first")
        #expect(service["fromContainer"] as? String == v1.id)
        #expect(second.stderr.contains("start-first"))

        let running = try fixture.running()
        #expect(running.count == 1)
        let now = try #require(running.first)
        #expect(now.revision == "rev2" && now.id != v1.id)
        #expect(DeployFixture.get("http://\(try fixture.ipAddress(now.id)):8080/health")?.contains("v2") == true)
        // The previous container is kept, stopped, for rollback.
        #expect(try fixture.containers().contains { $0.id == v1.id && $0.state == "exited" })

        let history = try fixture.shipshape(["history", "--format", "json"])
        #expect(history.status == 0, "\(history.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        let deploys = try #require(document["deploys"] as? [[String: Any]])
        #expect(deploys.map { $0["revision"] as? String } == ["rev2", "rev1"])
        #expect(deploys.allSatisfy { $0["outcome"] as? String == "deployed" })
        let runningNow = try #require(document["runningNow"] as? [[String: Any]])
        #expect(runningNow.first?["revision"] as? String == "rev2")
    }

    @Test func aBadVersionIsRolledBackWhileThePreviousOneKeepsAnswering() throws {
        let fixture = try DeployFixture("bad")
        defer { fixture.tearDown() }
        let first = try fixture.shipshape(["deploy", "--revision", "good"] + Self.fast)
        try #require(first.status == 0, "\(first.stdout)\(first.stderr)")
        let old = try #require(fixture.running().first)
        let poller = try Poller.start("http://\(try fixture.ipAddress(old.id)):8080/health")
        let summary = fixture.directory.appendingPathComponent("summary.md")
        _ = FileManager.default.createFile(atPath: summary.path, contents: nil)
        let bad = try fixture.shipshape(
            [
                "deploy", "--revision", "bad", "--soak", "0", "--timeout", "3s", "--stop-grace", "1", "--format",
                "github",
            ],
            tag: "bad", extra: ["GITHUB_STEP_SUMMARY": summary.path])
        let counts = poller.stop()
        #expect(bad.stdout.contains("::error title=shipshape deploy rolled-back::"))
        let table = try String(contentsOf: summary, encoding: .utf8)
        #expect(table.contains("| web | good → bad | start-first |"), "\(table)")
        #expect(bad.status == 1, "\(bad.stdout)\(bad.stderr)")
        #expect(bad.stdout.contains("FAILED and rolled back"))
        #expect(bad.stdout.contains("500"), "the cause names the status: \(bad.stdout)")
        #expect(bad.stdout.contains("answering 500"), "the new container's log tail is shown: \(bad.stdout)")
        #expect(counts.failed == 0 && counts.ok > 5, "the previous version answered throughout: \(counts)")
        let running = try fixture.running()
        #expect(running.map(\.id) == [old.id])
        #expect(try fixture.containers().allSatisfy { $0.revision != "bad" }, "the bad container is removed")
        let history = try fixture.shipshape(["history"])
        #expect(history.stdout.contains("rolled-back"))
    }

    @Test func aFixedNameAndPortDeployStopFirstAndIsRestoredInstantly() throws {
        let fixture = try DeployFixture("fixed", fixedService: true)
        defer { fixture.tearDown() }
        let first = try fixture.shipshape(["deploy", "fixed", "--revision", "one"] + Self.fast)
        try #require(first.status == 0, "\(first.stdout)\(first.stderr)")
        let url = "http://127.0.0.1:\(fixture.fixedPort)/health"
        #expect(DeployFixture.get(url)?.contains("v1") == true)
        let old = try #require(fixture.running().first { $0.name == "\(fixture.project)-fixed" })

        let bad = try fixture.shipshape(
            ["deploy", "fixed", "--revision", "two"] + Self.fast, extra: ["FIXED_TAG": "bad"])
        #expect(bad.status == 1, "\(bad.stdout)\(bad.stderr)")
        #expect(bad.stdout.contains("stop-first") && bad.stdout.contains("container_name"))
        #expect(DeployFixture.get(url)?.contains("v1") == true, "the old container answers on the fixed port again")
        let now = try #require(fixture.running().first { $0.name == "\(fixture.project)-fixed" })
        #expect(now.id == old.id, "restored the exact previous container")

        let good = try fixture.shipshape(
            ["deploy", "fixed", "--revision", "three"] + Self.fast, extra: ["FIXED_TAG": "good-v2"])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("gap "), "the stop-first gap is reported: \(good.stdout)")
        #expect(DeployFixture.get(url)?.contains("v2") == true)
        let replaced = try #require(fixture.running().first { $0.name == "\(fixture.project)-fixed" })
        #expect(replaced.id != old.id && replaced.revision == "three")
    }

    @Test func aFirstDeployOfABadImageExitsOneAndLeavesNothingRunning() throws {
        let fixture = try DeployFixture("firstbad")
        defer { fixture.tearDown() }
        let result = try fixture.shipshape(["deploy", "--revision", "bad"] + Self.fast, tag: "bad")
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(try fixture.running().isEmpty)
        #expect(result.stdout.contains("nothing ran before this deploy"), "\(result.stdout)")
        #expect(try fixture.containers().isEmpty, "no created or stopped container of the bad image is left")
    }

    @Test func aCrashAfterCutoverIsCaughtByTheSoakAndRolledBack() throws {
        let fixture = try DeployFixture("soak")
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "good"] + Self.fast).status == 0)
        let old = try #require(fixture.running().first)
        let result = try fixture.shipshape(
            ["deploy", "--revision", "crash", "--soak", "6s", "--timeout", "5s", "--stop-grace", "1"], tag: "crash",
            extra: ["CRASH_AFTER": "2"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("soak"))
        #expect(try fixture.running().map(\.id) == [old.id])
    }

    @Test func aMissingImageStopsNothingAndExitsTwo() throws {
        let fixture = try DeployFixture("missing")
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "good"] + Self.fast).status == 0)
        let old = try #require(fixture.running().first)
        let result = try fixture.shipshape(["deploy", "--revision", "x"] + Self.fast, tag: "no-such-tag")
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("image not present") && result.stderr.contains("no-such-tag"))
        #expect(try fixture.running().map(\.id) == [old.id])
        #expect(try fixture.containers().count == 1)
    }

    @Test func composeMissingOrAnInvalidComposeFileIsAPreflightError() throws {
        let fixture = try DeployFixture("preflight", images: false)
        defer { fixture.tearDown() }
        let missing = try fixture.shipshape(["deploy"] + Self.fast, extra: ["SHIPSHAPE_DOCKER": "/nonexistent/docker"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Docker Compose v2 is not available"))
        try "services: [oops\n".write(
            to: fixture.directory.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let invalid = try fixture.shipshape(["deploy", "-f", "broken.yaml"] + Self.fast)
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("compose configuration is invalid"))
        let unknown = try fixture.shipshape(["deploy", "nosuchservice"] + Self.fast)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no service 'nosuchservice'"))
    }

    @Test func aSecondDeployWhileOneRunsExitsFiveNamingTheHolder() throws {
        let fixture = try DeployFixture("lock")
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let first = try fixture.startShipshape(
            ["deploy", "--revision", "two", "--soak", "6s", "--timeout", "5s", "--stop-grace", "1"], tag: "good-v2")
        defer { if first.isRunning { first.terminate() } }
        try Self.waitFor { (try? HostCommand.run(["docker", "inspect", "shipshape-lock-\(fixture.project)"])) != nil }
        let second = try fixture.shipshape(["deploy", "--revision", "three"] + Self.fast, tag: "good-v2")
        #expect(second.status == 5, "\(second.stdout)\(second.stderr)")
        #expect(second.stderr.contains("holds the lock") && second.stderr.contains("revision two"))
        let patient = try fixture.shipshape(
            ["deploy", "--revision", "three", "--wait-lock", "60s"] + Self.fast, tag: "good-v1")
        #expect(patient.status == 0, "--wait-lock waits for the first deploy: \(patient.stdout)\(patient.stderr)")
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(try fixture.running().first?.revision == "three")
    }

    @Test func aDeployKilledMidwayIsRevertedByTheNextOneWithoutDuplicates() throws {
        let fixture = try DeployFixture("kill")
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let old = try #require(fixture.running().first)
        let victim = try fixture.startShipshape(
            ["deploy", "--revision", "two", "--soak", "20s", "--timeout", "5s", "--stop-grace", "1"], tag: "good-v2")
        // Killed during the soak: the new container runs, the old one is stopped.
        try Self.waitFor { (try? fixture.running().contains { $0.revision == "two" }) == true }
        try Self.waitFor { (try? fixture.running().count == 1) == true }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()

        let history = try fixture.shipshape(["history"])
        #expect(history.stdout.contains("interrupted"), "\(history.stdout)")
        let unlock = try fixture.shipshape(["deploy", "--unlock"])
        #expect(
            unlock.status == 0 && unlock.stdout.contains("removed the lock") && unlock.stdout.contains("revision two"))
        let next = try fixture.shipshape(["deploy", "--revision", "three"] + Self.fast, tag: "good-v2")
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        #expect(next.stdout.contains("found interrupted deploy"))
        #expect(next.stdout.contains("reverted interrupted deploy"))
        let running = try fixture.running()
        #expect(running.count == 1 && running.first?.revision == "three")
        #expect(try fixture.containers().allSatisfy { $0.revision != "two" }, "the killed deploy's container is gone")
        #expect(try fixture.containers().contains { $0.id == old.id }, "the original container is kept for rollback")
        let after = try fixture.shipshape(["history", "--format", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        let outcomes = (document["deploys"] as? [[String: Any]] ?? []).map { $0["outcome"] as? String ?? "" }
        #expect(outcomes == ["deployed", "interrupted", "deployed"])
    }

    @Test func rollbackBringsBackTheExactPreviousContainerAndToAnOlderRevision() throws {
        let fixture = try DeployFixture("rollback")
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let one = try #require(fixture.running().first)
        try #require(try fixture.shipshape(["deploy", "--revision", "two"] + Self.fast, tag: "good-v2").status == 0)
        let two = try #require(fixture.running().first)

        let back = try fixture.shipshape(["rollback"] + Self.fast)
        #expect(back.status == 0, "\(back.stdout)\(back.stderr)")
        #expect(try fixture.running().map(\.id) == [one.id], "the kept container itself runs again")
        let progress = back.stdout + back.stderr
        #expect(progress.contains("web: taking back the kept"), "\(progress)")
        #expect(!progress.contains("docker compose up --no-start"), "a rollback creates nothing: \(progress)")
        #expect(DeployFixture.get("http://\(try fixture.ipAddress(one.id)):8080/health")?.contains("v1") == true)

        let forward = try fixture.shipshape(["rollback", "--to", "two"] + Self.fast)
        #expect(forward.status == 0, "\(forward.stdout)\(forward.stderr)")
        #expect(try fixture.running().map(\.id) == [two.id])
        let history = try fixture.shipshape(["history", "--format", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        let kinds = (document["deploys"] as? [[String: Any]] ?? []).map { $0["kind"] as? String ?? "" }
        #expect(kinds == ["rollback", "rollback", "deploy", "deploy"])
        let none = try fixture.shipshape(["rollback", "--to", "no-such-revision"] + Self.fast)
        #expect(none.status == 2 && none.stderr.contains("no kept container"))
    }

    @Test func anUnreachableDockerDaemonExitsThree() throws {
        let fixture = try DeployFixture("nodaemon", images: false)
        defer { fixture.tearDown() }
        let result = try fixture.shipshape(
            ["deploy"] + Self.fast, extra: ["DOCKER_HOST": "unix:///nonexistent/docker.sock"])
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("not reachable"))
    }

    @Test func aStopFirstDeployKilledDuringItsGateIsRevertedWithTheOldContainerBackUnderItsName() throws {
        let fixture = try DeployFixture("killstop", fixedService: true)
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "fixed", "--revision", "one"] + Self.fast).status == 0)
        let name = "\(fixture.project)-fixed"
        let old = try #require(fixture.running().first { $0.name == name })
        let dry = try fixture.shipshape(["deploy", "fixed", "--dry-run"] + Self.fast, extra: ["FIXED_TAG": "good-v2"])
        #expect(dry.status == 0 && dry.stdout.contains("dry run") && dry.stdout.contains("stop-first"))
        #expect(try fixture.containers().count == 1, "a dry run changes nothing")

        var environment = ["FIXED_TAG": "bad"]
        environment["TAG"] = "good-v1"
        let victim = try fixture.startShipshape(
            ["deploy", "fixed", "--revision", "two", "--soak", "0", "--timeout", "60s", "--stop-grace", "1"],
            tag: "good-v1",
            extra: environment)
        // Killed during the gate: the old container is stopped and renamed, the new one holds its name.
        try Self.waitFor { (try? fixture.running().contains { $0.revision == "two" && $0.name == name }) == true }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        #expect(
            DeployFixture.get("http://127.0.0.1:\(fixture.fixedPort)/health") == nil, "the bad version holds the port")

        let next = try fixture.shipshape(["rollback", "fixed"] + Self.fast)
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        #expect(next.stdout.contains("reverted interrupted deploy"), "\(next.stdout)\(next.stderr)")
        let now = try #require(fixture.running().first { $0.name == name })
        #expect(now.id == old.id, "the exact previous container runs under its own name again")
        #expect(try fixture.containers().allSatisfy { $0.revision != "two" })
        #expect(DeployFixture.get("http://127.0.0.1:\(fixture.fixedPort)/health")?.contains("v1") == true)
    }

    @Test func theGateFollowsThePlanFile() throws {
        let fixture = try DeployFixture("plan")
        defer { fixture.tearDown() }
        let plan = """
            version: 1
            targets:
              web:
                service: web
                http:
                  port: 8080
                  path: /health
                  expect:
                    - json: $.version == "v2"

            """
        try plan.write(to: fixture.directory.appendingPathComponent("shipshape.yml"), atomically: true, encoding: .utf8)
        let wrong = try fixture.shipshape(["deploy", "--plan", "shipshape.yml", "--revision", "one"] + Self.fast)
        #expect(wrong.status == 1, "v1 does not meet the plan's expectation: \(wrong.stdout)\(wrong.stderr)")
        #expect(try fixture.running().isEmpty)
        let right = try fixture.shipshape(
            ["deploy", "--plan", "shipshape.yml", "--revision", "two"] + Self.fast, tag: "good-v2")
        #expect(right.status == 0, "\(right.stdout)\(right.stderr)")
        #expect(try fixture.running().first?.revision == "two")
    }

    @Test func aFailureInTheSecondServiceRestoresTheFirstOneToo() throws {
        let fixture = try DeployFixture("multi", fixedService: true)
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let before = Set(try fixture.running().map(\.id))
        #expect(before.count == 2)
        // `fixed` goes first (stop-first, passes), then `web` fails its gate: both come back.
        let result = try fixture.shipshape(
            ["deploy", "--revision", "two"] + Self.fast, tag: "bad", extra: ["FIXED_TAG": "good-v2"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("fixed: restoring the previous container"))
        #expect(Set(try fixture.running().map(\.id)) == before)
        #expect(DeployFixture.get("http://127.0.0.1:\(fixture.fixedPort)/health")?.contains("v1") == true)
    }

    @Test func thePostgreSQLStoreKeepsHistoryForRunnersWithoutLocalState() throws {
        let server = try LocalPostgres.start()
        defer { server.stop() }
        try server.createDatabase("shipshape_deploys")
        let state = server.url(database: "shipshape_deploys")
        let fixture = try DeployFixture("postgres")
        defer { fixture.tearDown() }
        let deploy = try fixture.shipshape(["deploy", "--revision", "pg1", "--state", state] + Self.fast)
        #expect(deploy.status == 0, "\(deploy.stdout)\(deploy.stderr)")
        let history = try fixture.shipshape(["history", "--state", state, "--format", "json"])
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("\"revision\" : \"pg1\""), "\(history.stdout)")
        #expect(!history.stdout.contains(LocalPostgres.password) && !history.stderr.contains(LocalPostgres.password))
        let local = try fixture.shipshape(["history", "--format", "json"])
        let document = try #require(JSONSerialization.jsonObject(with: Data(local.stdout.utf8)) as? [String: Any])
        #expect((document["deploys"] as? [Any])?.isEmpty == true, "nothing went to the local SQLite file")
        #expect(
            (document["runningNow"] as? [[String: Any]])?.first?["revision"] as? String == "pg1", "labels say what runs"
        )
    }

    static func waitFor(seconds: Double = 30, _ condition: () throws -> Bool) throws {
        let clock = Stopwatch()
        while !clock.hasPassed(seconds) {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("condition not met within \(seconds) s")
    }
}
