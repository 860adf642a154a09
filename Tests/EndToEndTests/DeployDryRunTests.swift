import Foundation
import TestSupport
import Testing

/// `deploy --dry-run` says what a deploy would do (from → to, the gate, the soak, what is kept and pruned)
/// and changes nothing; `deploy` reads `./shipshape.yml` as `wait` and `diagnose` do. On the built binary
/// against the real dockerd and real Docker Compose v2.
@Suite(.serialized) struct DeployDryRunTests {
    static let fast = DeployCommandTests.fast

    @Test func aDryRunNamesTheGateTheSoakAndWhatWouldBeKeptAndPruned() throws {
        let fixture = try DeployFixture("dryrun")
        defer { fixture.tearDown() }
        #expect(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let one = try #require(fixture.running().first)
        #expect(try fixture.shipshape(["deploy", "--revision", "two"] + Self.fast, tag: "good-v2").status == 0)
        let two = try #require(fixture.running().first)
        // The plan `shipshape init` would have written, in the working directory, with a version to expect.
        try DeployFixture.webPlan("    expect-version: v9\n").write(
            to: fixture.directory.appendingPathComponent("shipshape.yml"), atomically: true, encoding: .utf8)
        let before = try fixture.containers().map(\.id).sorted()

        let dry = try fixture.shipshape(["deploy", "--dry-run", "--keep", "1", "--soak", "20s"], tag: "good-v1")
        #expect(dry.status == 0, "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.contains("→ \(fixture.imageRepository):good-v1 (image "), "\(dry.stdout)")
        #expect(dry.stdout.contains("gate: http :8080/health, version v9; 3 consecutive successes"), "\(dry.stdout)")
        #expect(dry.stdout.contains("soak: 20s after cutover"), "\(dry.stdout)")
        #expect(dry.stdout.contains("keeps for rollback: \(two.name); prunes: \(one.name)"), "\(dry.stdout)")
        #expect(try fixture.containers().map(\.id).sorted() == before, "a dry run changes nothing")

        // The real deploy gates on the same plan: v1 does not report v9, so it fails and v2 serves again.
        let real = try fixture.shipshape(["deploy", "--revision", "three"] + Self.fast, tag: "good-v1")
        #expect(real.status == 1, "\(real.stdout)\(real.stderr)")
        #expect(real.stdout.contains("version-mismatch"), "\(real.stdout)")
        #expect(try fixture.running().map(\.id) == [two.id], "the previous version serves again")
    }
}
