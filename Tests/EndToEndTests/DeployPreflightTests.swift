import Foundation
import TestSupport
import Testing

/// Preflight on the built binary with the real dockerd and Docker Compose v2: `shipshape lint` errors in the
/// deployed compose files (`--no-lint` skips them) and the free disk space of the Docker host's data root.
/// Each stops the deploy with exit 2 before anything changes.
@Suite(.serialized) struct DeployPreflightTests {
    static let fast = ["--soak", "0", "--timeout", "5s", "--stop-grace", "1"]

    @Test func lintErrorsAndTooLittleDiskStopTheDeployBeforeAnythingChanges() throws {
        let fixture = try DeployFixture("preflightlint")
        defer { fixture.tearDown() }
        try #require(try fixture.shipshape(["deploy", "--revision", "one"] + Self.fast).status == 0)
        let old = try #require(fixture.running().first)

        var compose = try String(contentsOf: fixture.directory.appendingPathComponent("compose.yaml"), encoding: .utf8)
        compose += """
              debug:
                image: \(fixture.imageRepository):good-v1
                pull_policy: never
                profiles: [debug]
                command: ["echo", "one", "&&", "echo", "two"]

            """
        try compose.write(
            to: fixture.directory.appendingPathComponent("linted.yaml"), atomically: true, encoding: .utf8)
        let linted = try fixture.shipshape(
            ["deploy", "-f", "linted.yaml", "--revision", "two"] + Self.fast, tag: "good-v2")
        #expect(linted.status == 2, "\(linted.stdout)\(linted.stderr)")
        #expect(linted.stderr.contains("shipshape lint found 1 error"), "\(linted.stderr)")
        #expect(linted.stderr.contains("linted.yaml:") && linted.stderr.contains("[exec-form-shell-syntax]"))
        #expect(try fixture.containers().map(\.id) == [old.id], "nothing was changed")

        let disk = try fixture.shipshape(
            ["deploy", "--revision", "two", "--min-free-disk", "1000P"] + Self.fast, tag: "good-v2")
        #expect(disk.status == 2, "\(disk.stdout)\(disk.stderr)")
        #expect(disk.stderr.contains("not enough free disk space on the Docker host"), "\(disk.stderr)")
        #expect(try fixture.containers().map(\.id) == [old.id], "nothing was changed")

        let skipped = try fixture.shipshape(
            ["deploy", "-f", "linted.yaml", "--no-lint", "--revision", "two"] + Self.fast, tag: "good-v2")
        #expect(skipped.status == 0, "--no-lint deploys anyway: \(skipped.stdout)\(skipped.stderr)")
        #expect(try fixture.running().first?.revision == "two")
    }
}
