import Diagnose
import DiagnoseReporting
import ShipshapeCore
import TestSupport
import Testing

/// Every `diagnose` format on one fixed report (a hermetic unit test; the real-dockerd end-to-end
/// diagnose tests are in DiagnoseTests), compared with its golden file.
@Suite struct DiagnosisReportersGoldenTests {
    static let password = "S3cr3t#p@ss"

    static let report = DiagnosisReport(
        scope: "project onquota", host: "unix:///var/run/docker.sock",
        checks: [
            .pass(.containers, "backend", "state", "running for 2h, restarts 0"),
            DiagnosisCheck(
                section: .tools, subject: "backend", name: "healthcheck", status: .fail, cause: .probeToolMissing,
                message: "the healthcheck runs wget, which the image does not contain; curl is there",
                evidence: [.init("healthcheck", "wget -q -O- http://localhost:8000/health")],
                nextStep: "use curl -fsS in the healthcheck, or probe from outside",
                commands: ["docker exec backend sh -c 'command -v wget curl'"], durationMilliseconds: 12),
            DiagnosisCheck(
                section: .dependencies, subject: "backend", name: "redis REDIS_URL", status: .fail,
                cause: .passwordNeedsEncoding,
                message: "the password in REDIS_URL holds \"#\", \"@\" unencoded",
                evidence: [.init("endpoint", "redis://:\(password)@redis:6379/0")],
                nextStep: "percent-encode the password in REDIS_URL (# → %23, @ → %40)"),
            DiagnosisCheck(
                section: .endpoints, subject: "frontend", name: "GET https://app.example.test/", status: .warn,
                cause: .tlsCertificate, message: "the certificate expires in 9 days <soon & sure>"),
            .skip(.smokeTests, "stack", "smoke tests", "no smoke tests in the plan"),
        ],
        elapsedMilliseconds: 1_234)

    @Test(arguments: diagnosisReporters.identifiers)
    func matchesGoldenFile(format: String) throws {
        let reporter = try #require(diagnosisReporters.named(format))
        let output = reporter.printed(Self.report, options: ReporterOptions()).text
        let golden = try GoldenFile.text(GoldenFile.path("diagnosis.\(format)", besides: #filePath), output: output)
        #expect(output == golden)
        #expect(!output.contains(Self.password))
    }
}
