import Foundation
import TestSupport
import Testing

/// `kill -9` of shipshape in the middle of `create-new` of a service with three replicas: some of the new
/// containers exist, not all. On the built binary against the real dockerd and real Docker Compose v2.
///
/// Compose creates the replicas of one `up` within milliseconds, so a kill cannot land between two of them
/// by timing. The victim therefore runs compose through a `docker` wrapper (`$SHIPSHAPE_DOCKER`) that passes
/// every command on unchanged, except the deploy's `up --no-start … --scale web=N`: it lets the real compose
/// create all but one of the new replicas (`web=N-1`), then never returns, as a compose run still busy
/// creating the last one. The containers, their labels and the journal are the real ones; only the moment of
/// the kill is arranged.
@Suite(.serialized) struct DeployKilledCreateTests {
    static let fast = DeployCommandTests.fast

    /// The wrapper; `marker` receives its pid once compose created the partial set.
    static func wrapper(marker: String) -> String {
        """
        #!/bin/sh
        if [ "$1" = compose ] && echo " $* " | grep -q ' up --no-start '; then
          for argument do
            shift
            case $argument in
              web=[0-9]*) argument="web=$(( ${argument#web=} - 1 ))" ;;
            esac
            set -- "$@" "$argument"
          done
          docker "$@" || exit $?
          echo $$ > '\(marker)'
          exec sleep 600
        fi
        exec docker "$@"

        """
    }

    @Test func aDeployKilledWithTwoOfThreeNewReplicasCreatedIsRevertedWithNoDuplicateAndNoneLost() throws {
        let fixture = try DeployFixture("halfcreate", replicas: 3)
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let one = try fixture.running()
        try #require(one.count == 3 && one.allSatisfy { $0.revision == "one" })

        let marker = fixture.directory.appendingPathComponent("compose-halted").path
        let docker = fixture.directory.appendingPathComponent("docker-halting-create")
        try Self.wrapper(marker: marker).write(to: docker, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: docker.path)
        let victim = try fixture.startShipshape(
            ["deploy", "--revision", "two"] + Self.fast, tag: "good-v2", extra: ["SHIPSHAPE_DOCKER": docker.path])
        defer {
            if victim.isRunning { kill(victim.processIdentifier, SIGKILL) }
            if let pid = (try? String(contentsOfFile: marker, encoding: .utf8)).flatMap({
                Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }) {
                kill(pid, SIGKILL)
            }
        }
        try DeployCommandTests.waitFor { FileManager.default.fileExists(atPath: marker) }
        let created = try fixture.containers().filter { $0.revision == "two" }
        try #require(created.count == 2, "two of the three new replicas exist: \(created)")
        #expect(created.allSatisfy { $0.state == "created" && !$0.deploy.isEmpty }, "\(created)")
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()

        // The previous three were never touched: they still run and answer.
        #expect(Set(try fixture.running().map(\.id)) == Set(one.map(\.id)))
        for container in one {
            #expect(
                DeployFixture.get("http://\(try fixture.ipAddress(container.id)):8080/health")?.contains("v1") == true)
        }
        let history = try fixture.shipshape(["history"])
        #expect(history.stdout.contains("interrupted"), "history shows the killed deploy: \(history.stdout)")

        let next = try fixture.shipshape(["deploy", "--revision", "three"] + Self.fast, tag: "good-v2")
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        #expect(next.stdout.contains("found interrupted deploy"), "\(next.stdout)")
        #expect(next.stdout.contains("stopped at create-new web (begun)"), "\(next.stdout)")
        #expect(next.stdout.contains("reverted interrupted deploy"), "\(next.stdout)")
        let running = try fixture.running()
        #expect(running.count == 3 && running.allSatisfy { $0.revision == "three" }, "three new ones run: \(running)")
        let all = try fixture.containers()
        #expect(all.allSatisfy { $0.revision != "two" }, "the killed deploy's two replicas are gone: \(all)")
        let kept = all.filter { $0.state == "exited" }
        #expect(Set(kept.map(\.id)) == Set(one.map(\.id)), "the original three are kept for rollback: \(all)")
        #expect(all.count == 6, "no duplicate, none lost: \(all)")
        let outcomes = try fixture.history().map { "\($0.revision) \($0.outcome)" }
        #expect(outcomes == ["three deployed", "two interrupted", "one deployed"], "\(outcomes)")

        let back = try fixture.shipshape(["rollback"] + Self.fast)
        #expect(back.status == 0, "\(back.stdout)\(back.stderr)")
        #expect(Set(try fixture.running().map(\.id)) == Set(one.map(\.id)), "rollback brings the exact three back")
    }
}
