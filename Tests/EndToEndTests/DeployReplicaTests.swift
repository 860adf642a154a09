import Foundation
import TestSupport
import Testing

/// A service with `deploy: replicas: 3`: deploy, rollback and recovery keep three containers, on the built
/// binary against the real dockerd and real Docker Compose v2.
@Suite(.serialized) struct DeployReplicaTests {
    static let fast = DeployCommandTests.fast

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    @Test func aGoodDeployReplacesAllThreeReplicasAndRollbackRestoresThem() throws {
        let fixture = try DeployFixture("replicas", replicas: 3)
        defer { fixture.tearDown() }
        let first = try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let one = try fixture.running()
        #expect(one.count == 3 && one.allSatisfy { $0.revision == "one" }, "the first deploy starts 3: \(one)")

        let dry = try fixture.shipshape(["deploy", "--dry-run", "--revision", "two"] + Self.fast, tag: "good-v2")
        #expect(dry.status == 0 && dry.stdout.contains("3 replicas"), "\(dry.stdout)\(dry.stderr)")
        #expect(try fixture.containers().count == 3, "a dry run changes nothing")

        let second = try fixture.shipshape(
            ["deploy", "--revision", "two", "--format", "json"] + Self.fast, tag: "good-v2")
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        let service = try #require((try Self.json(second.stdout)["services"] as? [[String: Any]])?.first)
        #expect(service["replicas"] as? Int == 3)
        #expect(Set(service["fromContainers"] as? [String] ?? []) == Set(one.map(\.id)))
        let two = try fixture.running()
        #expect(two.count == 3 && two.allSatisfy { $0.revision == "two" }, "three new ones run: \(two)")
        #expect(Set(service["toContainers"] as? [String] ?? []) == Set(two.map(\.id)))
        #expect(Set(two.map(\.id)).isDisjoint(with: one.map(\.id)), "none of the old ones runs")
        for container in two {
            #expect(
                DeployFixture.get("http://\(try fixture.ipAddress(container.id)):8080/health")?.contains("v2") == true)
        }
        let kept = try fixture.containers().filter { $0.state == "exited" }.map(\.id)
        #expect(Set(kept) == Set(one.map(\.id)), "the previous three are kept, stopped, for rollback")

        let back = try fixture.shipshape(["rollback"] + Self.fast)
        #expect(back.status == 0, "\(back.stdout)\(back.stderr)")
        #expect(Set(try fixture.running().map(\.id)) == Set(one.map(\.id)), "the exact previous three run again")
        #expect(try fixture.containers().count == 6, "nothing duplicated, nothing lost")

        // History records every replica: the second deploy replaced the first three with three new ones.
        let history = try Self.json(try fixture.shipshape(["history", "--format", "json"]).stdout)
        let deploys = try #require(history["deploys"] as? [[String: Any]])
        let deployTwo = try #require(deploys.first { $0["revision"] as? String == "two" })
        let record = try #require((deployTwo["services"] as? [[String: Any]])?.first)
        func ids(_ key: String) -> Set<String> {
            Set((record[key] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        }
        #expect(record["replicas"] as? Int == 3, "\(record)")
        #expect(ids("fromReplicas") == Set(one.map(\.id)), "\(record)")
        #expect(ids("toReplicas") == Set(two.map(\.id)), "\(record)")
    }

    @Test func aBadImageWithThreeReplicasLeavesThePreviousThreeServing() throws {
        let fixture = try DeployFixture("replicasbad", replicas: 3)
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "good"] + Self.fast).status == 0)
        let old = try fixture.running()
        try #require(old.count == 3)
        let poller = try Poller.start("http://\(try fixture.ipAddress(old[0].id)):8080/health")
        let bad = try fixture.shipshape(["deploy", "--revision", "bad"] + Self.fast, tag: "bad")
        let counts = poller.stop()
        #expect(bad.status == 1, "\(bad.stdout)\(bad.stderr)")
        #expect(bad.stdout.contains("FAILED and rolled back"))
        #expect(counts.failed == 0 && counts.ok > 3, "the previous version answered throughout: \(counts)")
        #expect(Set(try fixture.running().map(\.id)) == Set(old.map(\.id)))
        let left = try fixture.containers()
        #expect(left.count == 3, "none of the new containers is left: \(left)")
    }

    @Test func stopFirstWithThreeReplicasRestoresTheExactPreviousThree() throws {
        let fixture = try DeployFixture("replicasstop", replicas: 3)
        defer { fixture.tearDown() }
        let plan = DeployFixture.webPlan("deploy:\n  services:\n    web:\n      strategy: stop-first\n")
        try plan.write(to: fixture.directory.appendingPathComponent("shipshape.yml"), atomically: true, encoding: .utf8)
        let withPlan = ["--plan", "shipshape.yml"] + Self.fast
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + withPlan).status == 0)
        let one = try fixture.running()
        try #require(one.count == 3)
        let bad = try fixture.shipshape(["deploy", "--revision", "bad"] + withPlan, tag: "bad")
        #expect(bad.status == 1, "\(bad.stdout)\(bad.stderr)")
        #expect(bad.stdout.contains("stop-first"))
        #expect(Set(try fixture.running().map(\.id)) == Set(one.map(\.id)))
        let left = try fixture.containers()
        #expect(left.count == 3, "none of the new containers is left: \(left)")
        let good = try fixture.shipshape(["deploy", "--revision", "two"] + withPlan, tag: "good-v2")
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        let two = try fixture.running()
        #expect(two.count == 3 && two.allSatisfy { $0.revision == "two" }, "\(two)")
    }

    @Test func aReplicatedDeployKilledDuringTheSoakIsRevertedWithoutDuplicates() throws {
        let fixture = try DeployFixture("replicaskill", replicas: 3)
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let one = try fixture.running()
        try #require(one.count == 3)
        let victim = try fixture.startShipshape(
            ["deploy", "--revision", "two", "--soak", "30s", "--timeout", "5s", "--stop-grace", "1"], tag: "good-v2")
        // Killed during the soak: three new containers run, the three old ones are stopped.
        try DeployCommandTests.waitFor {
            let running = (try? fixture.running()) ?? []
            return running.count == 3 && running.allSatisfy { $0.revision == "two" }
        }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()

        let next = try fixture.shipshape(["deploy", "--revision", "three"] + Self.fast, tag: "good-v2")
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        #expect(next.stdout.contains("reverted interrupted deploy"), "\(next.stdout)")
        let running = try fixture.running()
        #expect(running.count == 3 && running.allSatisfy { $0.revision == "three" }, "\(running)")
        let all = try fixture.containers()
        #expect(all.allSatisfy { $0.revision != "two" }, "the killed deploy's containers are gone")
        #expect(Set(one.map(\.id)).isSubset(of: all.map(\.id)), "the original three are kept for rollback")
        #expect(all.count == 6, "\(all)")
    }

    @Test func aPortRangeGivesEachReplicaItsPortAndAPortTooFewIsRefused() throws {
        let fixture = try DeployFixture("replicasports", replicas: 3)
        defer { fixture.tearDown() }
        let first = fixture.fixedPort
        try fixture.writeCompose(
            "ports.yaml", web: ["ports: [\"127.0.0.1:\(first)-\(first + 2):8080\"]", "deploy: {replicas: 3}"])
        let ports = ["-f", "ports.yaml"] + Self.fast
        let one = try fixture.shipshape(["deploy", "--revision", "one"] + ports)
        #expect(one.status == 0, "\(one.stdout)\(one.stderr)")
        #expect(one.stdout.contains("stop-first") && one.stdout.contains("3 replicas"), "\(one.stdout)")
        let before = try fixture.running()
        #expect(before.count == 3)
        func answering() -> [String?] { (first...first + 2).map { DeployFixture.get("http://127.0.0.1:\($0)/health") } }
        #expect(answering().allSatisfy { $0?.contains("v1") == true }, "each replica holds one port of the range")

        let bad = try fixture.shipshape(["deploy", "--revision", "bad"] + ports, tag: "bad")
        #expect(bad.status == 1, "\(bad.stdout)\(bad.stderr)")
        #expect(Set(try fixture.running().map(\.id)) == Set(before.map(\.id)))
        #expect(answering().allSatisfy { $0?.contains("v1") == true }, "the previous three serve every port again")

        try fixture.writeCompose("narrow.yaml", web: ["ports: [\"127.0.0.1:\(first):8080\"]", "deploy: {replicas: 3}"])
        let narrow = try fixture.shipshape(["deploy", "-f", "narrow.yaml", "--revision", "two"] + Self.fast)
        #expect(narrow.status == 2, "\(narrow.stdout)\(narrow.stderr)")
        #expect(narrow.stderr.contains("port per replica"), "\(narrow.stderr)")
        #expect(Set(try fixture.running().map(\.id)) == Set(before.map(\.id)), "nothing changed")
    }

    @Test func aStopFirstReplicatedDeployKilledDuringItsGateIsRevertedToThePreviousThree() throws {
        let fixture = try DeployFixture("replicaskillstop", replicas: 3)
        defer { fixture.tearDown() }
        let plan = DeployFixture.webPlan("deploy:\n  services:\n    web:\n      strategy: stop-first\n")
        try plan.write(to: fixture.directory.appendingPathComponent("shipshape.yml"), atomically: true, encoding: .utf8)
        try #require(
            try fixture.shipshape(["deploy", "--plan", "shipshape.yml", "--revision", "one"] + Self.fast).status == 0)
        let one = try fixture.running()
        try #require(one.count == 3)
        let victim = try fixture.startShipshape(
            [
                "deploy", "--plan", "shipshape.yml", "--revision", "two", "--soak", "0", "--timeout", "60s",
                "--stop-grace", "1",
            ], tag: "bad")
        // Killed during the gate: the three old ones are stopped, the three bad ones run.
        try DeployCommandTests.waitFor {
            let running = (try? fixture.running()) ?? []
            return running.count == 3 && running.allSatisfy { $0.revision == "two" }
        }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()

        let next = try fixture.shipshape(["rollback", "--plan", "shipshape.yml"] + Self.fast)
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        #expect(next.stdout.contains("reverted interrupted deploy"), "\(next.stdout)")
        #expect(Set(try fixture.running().map(\.id)) == Set(one.map(\.id)), "the exact previous three run again")
        let all = try fixture.containers()
        #expect(all.count == 3 && all.allSatisfy { $0.revision != "two" }, "\(all)")
    }
}
