import DockerEngine
import Foundation
import Plan
import Probes
import TestSupport
import Testing

/// HTTPS with a self-signed certificate: `openssl s_server` (host binary and libraries, FROM
/// scratch) serving /health over TLS. A container route is encrypted but not verified (no
/// certificate can name the address Shipshape picked); a URL target verifies and says why it fails.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct TLSRouteTests {
    static let tag = "shipshape-probes-test/tls:\(TestImages.runID)"

    static let image: Result<String, any Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let key = directory.appendingPathComponent("key.pem").path
        let certificate = directory.appendingPathComponent("cert.pem").path
        let health = directory.appendingPathComponent("health").path
        try HostCommand.run([
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate,
            "-days", "2", "-subj", "/CN=backend.internal",
        ])
        try Data(#"{"status":"healthy"}"#.utf8).write(to: URL(fileURLWithPath: health))
        var files = try ScratchImage.binaryWithLibraries("/usr/bin/openssl")
        files["tls/key.pem"] = key
        files["tls/cert.pem"] = certificate
        files["srv/health"] = health
        return try ScratchImage.build(
            tag: tag,
            dockerfile: """
                FROM scratch
                COPY rootfs/ /
                COPY tls/ /tls/
                COPY srv/ /srv/
                WORKDIR /srv
                CMD ["/usr/bin/openssl", "s_server", "-accept", "8443", "-cert", "/tls/cert.pem", "-key", "/tls/key.pem", "-WWW", "-quiet"]
                """,
            files: files)
    }

    @Test func aSelfSignedContainerEndpointIsReachedOverItsAddress() async throws {
        let image = try Self.image.get()
        defer { ScratchImage.remove([Self.tag]) }
        try await TestContainers.with("tls", image: image) { name in
            let target = TargetSpec(
                name: "tls", reference: .container(name),
                probes: [.http(HTTPProbeSpec(port: 8443, path: "/health", scheme: "https"))])
            let (outcome, _) = try await WaitHarness.wait(target, timing: WaitHarness.timing(deadline: 10_000))
            #expect(outcome.status == .healthy, "\(outcome.results.map(\.message))")
            #expect(outcome.probeRoute?.hasPrefix("container address ") == true)

            // The same endpoint as a URL target is verified, and the failure says why.
            let address = try await HostCommand.runAsync([
                "docker", "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", name,
            ])
            let url = TargetSpec(
                name: "url", reference: .url("https://\(address):8443/health"),
                probes: [.http(HTTPProbeSpec(port: nil, path: "https://\(address):8443/health", scheme: "https"))])
            let (verified, _) = try await WaitHarness.wait(url, timing: WaitHarness.timing(deadline: 20_000))
            #expect(verified.cause == .tlsError)
            #expect(verified.results.first?.message.contains("not trusted") == true)
            // An untrusted certificate does not heal: the wait stops at once, not at the 20 s deadline.
            #expect(verified.elapsedMilliseconds < 5_000, "\(verified.elapsedMilliseconds) ms")
            #expect(verified.notes.contains { $0.contains("stopped early") }, "\(verified.notes)")
        }
    }
}
