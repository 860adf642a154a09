import Diagnose
import DiagnoseReporting
import DockerEngine
import Foundation
import Plan
import TestSupport
import Testing

/// A compose-like stack made with `docker run` and compose labels, diagnosed, then removed.
struct TestStack {
    /// The secrets every test stack carries; no report may contain them.
    static let redisPassword = "S3cr3t#p@ss"
    /// The app's Redis URL written correctly (`#` → %23, `@` → %40).
    static let encodedRedisURL = "redis://:S3cr3t%23p%40ss@redis:6379/0"
    /// The seed's mistake: the same password written into the URL as is.
    static let unencodedRedisURL = "redis://:\(redisPassword)@redis:6379/0"
    static let apiToken = "tok_live_9f8e7d6c5b4a"

    let project = "shipshape-diag-\(DiagnoseImages.runID)-\(UUID().uuidString.prefix(6).lowercased())"
    var network: String { "\(project)-net" }
    private(set) var containers: [String] = []

    static func images() throws -> DiagnoseImages {
        try #require(DiagnoseImages.current, "the diagnoseImages trait did not build the test image")
    }

    init() throws {
        try HostCommand.run(["docker", "network", "create", network])
    }

    /// `docker run -d` a service of the stack, on its network, with the secrets in its environment.
    @discardableResult
    mutating func service(
        _ service: String, image: String, options: [String] = [], command: [String] = [], onNetwork: Bool = true,
        redisURL: String = TestStack.encodedRedisURL
    ) throws -> String {
        let name = "\(project)-\(service)"
        containers.append(name)
        var arguments = [
            "docker", "run", "-d", "--name", name, "--label", "com.docker.compose.project=\(project)",
            "--label", "com.docker.compose.service=\(service)",
            "-e", "REDIS_URL=\(redisURL)", "-e", "API_TOKEN=\(Self.apiToken)",
        ]
        if onNetwork { arguments += ["--network", network, "--network-alias", service] }
        try HostCommand.run(arguments + options + [image] + command)
        return name
    }

    /// Runs the diagnosis of this project (and plan) through the Engine API.
    func diagnose(plan: Plan = Plan(targets: []), expectVersion: String? = nil) async throws -> DiagnosisReport {
        try await DockerClient.withClient(host: .local) { client in
            try await DiagnoseEngine(client: client).run(
                DiagnosisRequest(
                    project: project, plan: plan, expectVersion: expectVersion, checkTimeoutMilliseconds: 8_000))
        }
    }

    /// Waits until `condition` holds for the container's inspect state (e.g. an OOM kill happened).
    func waitFor(_ container: String, seconds: Double = 20, _ condition: (String) -> Bool) async throws {
        let clock = Stopwatch()
        while !clock.hasPassed(seconds) {
            let state =
                (try? HostCommand.run(["docker", "inspect", "--format", "{{json .State}}", container])) ?? ""
            if condition(state) { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        Issue.record("\(container) did not reach the expected state within \(seconds) s")
    }

    func remove() {
        for name in containers { _ = try? HostCommand.run(["docker", "rm", "-f", name]) }
        _ = try? HostCommand.run(["docker", "network", "rm", network])
    }

    /// Every report format; none may contain a secret.
    static func renderAll(_ report: DiagnosisReport) -> [String: String] {
        [
            "text": DiagnosisTextReporter.report(report, options: .init(color: true)),
            "markdown": DiagnosisMarkdownReporter.report(report),
            "json": DiagnosisJSONReporter.report(report),
            "html": DiagnosisHTMLReporter.report(report),
        ]
    }

    static func expectNoSecrets(_ report: DiagnosisReport, sourceLocation: SourceLocation = #_sourceLocation) {
        for (format, output) in renderAll(report) {
            for secret in [redisPassword, "S3cr3t", apiToken] {
                #expect(!output.contains(secret), "\(format) output prints a secret", sourceLocation: sourceLocation)
            }
        }
    }
}
