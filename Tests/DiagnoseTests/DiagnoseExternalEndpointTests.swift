import Diagnose
import DockerEngine
import Foundation
import Plan
import ShipshapeCore
import TestSupport
import Testing

/// Section 4's public URL checks against a real TLS server on 127.0.0.1 (`openssl s_server` with a
/// self-signed certificate made for the test, valid for ten days).
@Suite(.serialized) struct DiagnoseExternalEndpointTests {
    @Test func selfSignedCertificateFailsWithDaysToExpiry() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shipshape-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let key = directory.appendingPathComponent("key.pem").path
        let certificate = directory.appendingPathComponent("cert.pem").path
        try HostCommand.run([
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "10", "-subj", "/CN=localhost",
            "-keyout", key, "-out", certificate,
        ])
        let port = 20_000 + Int.random(in: 0..<20_000)
        let server = try BackgroundProcess.start([
            "openssl", "s_server", "-quiet", "-accept", "127.0.0.1:\(port)", "-cert", certificate, "-key", key, "-www",
        ])
        defer { server.stop() }
        try await Task.sleep(for: .milliseconds(500))
        let plan = Plan(targets: [TargetSpec(name: "site", reference: .url("https://localhost:\(port)/"))])
        let report = try await DockerClient.withClient(host: .local) { client in
            try await DiagnoseEngine(client: client).run(DiagnosisRequest(plan: plan, checkTimeoutMilliseconds: 4_000))
        }
        let tls = try #require(report.checks(in: .endpoints).first { $0.name == "tls localhost:\(port)" })
        #expect(tls.status == .fail)
        #expect(tls.cause == .tlsCertificate)
        #expect(tls.message.contains("certificate not trusted for localhost"))
        #expect(
            tls.message.contains("expires in 9 days") || tls.message.contains("expires in 10 days"), "\(tls.message)")
        let fetch = try #require(report.checks(in: .endpoints).first { $0.name.hasPrefix("GET ") })
        #expect(fetch.status == .skip, "no request through an untrusted certificate: \(fetch.message)")
        #expect(report.summary.rootCause?.cause == .tlsCertificate)
    }
}
