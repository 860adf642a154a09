import Diagnose
import Foundation
import Plan
import ShipshapeCore
import TestSupport
import Testing

/// Section 6 against a real `redis-server` (Debian's binary in a scratch image) with a password:
/// checked from the app's network with the app's own URL.
@Suite(.serialized, .diagnoseImages) struct DiagnoseDependencyTests {
    static let redisImage = "shipshape-diagnose-test/redis:\(DiagnoseImages.runID)"

    static func buildRedis() throws -> String {
        let dockerfile = """
            FROM scratch
            COPY rootfs/ /
            CMD ["/usr/bin/redis-server", "--port", "6379", "--bind", "0.0.0.0", "--protected-mode", "no", "--save", ""]
            """
        return try ScratchImage.build(
            tag: redisImage, dockerfile: dockerfile,
            files: try ScratchImage.binaryWithLibraries("/usr/bin/redis-server"))
    }

    func dependency(_ report: DiagnosisReport) throws -> DiagnosisCheck {
        try #require(report.checks(in: .dependencies).first { $0.subject == "app" && $0.name.hasPrefix("redis ") })
    }

    @Test func wrongRedisPassword() async throws {
        let redis = try Self.buildRedis()
        defer { ScratchImage.remove([redis]) }
        var stack = try TestStack()
        defer { stack.remove() }
        try stack.service(
            "redis", image: redis, command: ["/usr/bin/redis-server", "--requirepass", "right-pass-123", "--save", ""],
            redisURL: "redis://:right-pass-123@redis:6379/0")
        try stack.service("app", image: try TestStack.images().app, redisURL: "redis://:wrong-pass-456@redis:6379/0")
        try await Task.sleep(for: .milliseconds(500))
        let report = try await stack.diagnose()
        let check = try dependency(report)
        #expect(check.status == .fail)
        #expect(check.cause == .dependencyAuthFailed)
        #expect(check.evidence.contains { $0.label == "dependency cause" && $0.detail == "wrong-password" })
        #expect(report.checks(in: .dependencies).contains { $0.subject == "redis" && $0.status == .pass })
        #expect(report.summary.rootCause?.cause == .dependencyAuthFailed)
        for (format, output) in TestStack.renderAll(report) {
            #expect(
                !output.contains("wrong-pass-456") && !output.contains("right-pass-123"), "\(format) prints a password")
        }
    }

    /// The same URL when the dependency is not a container of the stack: nothing to connect to,
    /// but the URL is wrong as written, so the check fails without connecting.
    @Test func unencodedPasswordIsReportedEvenWithoutTheDependency() async throws {
        var stack = try TestStack()
        defer { stack.remove() }
        try stack.service("app", image: try TestStack.images().app, redisURL: TestStack.unencodedRedisURL)
        let report = try await stack.diagnose()
        let check = try dependency(report)
        #expect(check.status == .fail)
        #expect(check.cause == .passwordNeedsEncoding)
        #expect(check.message.contains("not connected"))
        #expect(check.message.contains("%23") && check.message.contains("%40"))
        TestStack.expectNoSecrets(report)
    }

    /// The seed's Redis URL: the password holds `#` and `@` unencoded.
    @Test func passwordWithUnencodedCharacters() async throws {
        let redis = try Self.buildRedis()
        defer { ScratchImage.remove([redis]) }
        var stack = try TestStack()
        defer { stack.remove() }
        try stack.service(
            "redis", image: redis,
            command: ["/usr/bin/redis-server", "--requirepass", TestStack.redisPassword, "--save", ""])
        try stack.service("app", image: try TestStack.images().app, redisURL: TestStack.unencodedRedisURL)
        try await Task.sleep(for: .milliseconds(500))
        let report = try await stack.diagnose()
        let check = try dependency(report)
        #expect(check.status == .fail)
        #expect(check.cause == .passwordNeedsEncoding)
        #expect(check.message.contains("write the URL percent-encoded, as redis://"))
        #expect(
            check.message.contains("%23") && check.message.contains("%40"),
            "the encoded form shows where: \(check.message)")
        #expect(report.summary.rootCause?.cause == .passwordNeedsEncoding)
        TestStack.expectNoSecrets(report)
    }

    /// A Redis outside the stack (a container of no compose project, reached by its address): not
    /// contacted with the app's credentials until the plan names it in `external-dependencies:`.
    @Test func anAddressOutsideTheStackIsContactedOnlyWhenThePlanNamesIt() async throws {
        let redis = try Self.buildRedis()
        defer { ScratchImage.remove([redis]) }
        let outside = "shipshape-diagnose-outside-\(UUID().uuidString.prefix(8).lowercased())"
        let started = try HostProcess.run(["docker", "run", "-d", "--name", outside, redis])
        try #require(started.status == 0, "\(started.stderr)")
        defer { _ = try? HostProcess.run(["docker", "rm", "-f", outside]) }
        let inspected = try HostProcess.run([
            "docker", "inspect", "-f", "{{.NetworkSettings.IPAddress}}", outside,
        ])
        let address = inspected.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(!address.isEmpty, "no address: \(inspected.stderr)")
        var stack = try TestStack()
        defer { stack.remove() }
        try stack.service(
            "app", image: try TestStack.images().app, onNetwork: false, redisURL: "redis://\(address):6379/0")
        try await Task.sleep(for: .milliseconds(500))

        let unlisted = try dependency(try await stack.diagnose())
        #expect(unlisted.status == .skip)
        #expect(unlisted.message.contains("not contacted"), "\(unlisted.message)")

        let listed = try dependency(
            try await stack.diagnose(
                plan: Plan(targets: [], externalDependencies: [ExternalDependency(host: address, port: 6379)])))
        #expect(listed.status == .pass, "\(listed.message)")
        #expect(listed.evidence.contains { $0.label == "connected to" && $0.detail == "\(address):6379" })
    }
}
