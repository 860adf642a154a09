import Diagnose
import Foundation
import Plan
import ShipshapeCore
import TestSupport
import Testing

/// `shipshape diagnose` against real containers: each scenario breaks one thing and checks that
/// the right check fails, the summary names it as the root cause, and no secret is printed.
@Suite(.serialized, .diagnoseImages) struct DiagnoseScenarioTests {
    func checks(_ report: DiagnosisReport, _ section: DiagnosisSection, _ subject: String) -> [DiagnosisCheck] {
        report.checks(in: section).filter { $0.subject == subject }
    }

    @Test func healthyStackPassesWithSmokeTests() async throws {
        let image = try TestStack.images().app
        var stack = try TestStack()
        defer { stack.remove() }
        let app = try stack.service(
            "app", image: image,
            options: [
                "-p", "127.0.0.1::8080", "--health-cmd", "wget -q -O- http://localhost:8080/health || exit 1",
                "--health-interval", "1s", "--health-retries", "2",
            ])
        try await stack.waitFor(app) { $0.contains(#""Status":"healthy""#) }
        let target = TargetSpec(
            name: "app", reference: .composeService(service: "app", project: stack.project),
            probes: [
                .http(
                    HTTPProbeSpec(
                        port: 8080, path: "/health", conditions: [.json(path: "$.status", op: .equal, value: "healthy")]
                    ))
            ])
        let plan = Plan(
            targets: [target],
            smokeTests: [
                SmokeTest(
                    name: "login-wrong-password", target: "app",
                    request: HTTPProbeSpec(
                        port: 8080, path: "/cgi-bin/login", method: "POST",
                        headers: ["Content-Type": "application/json"],
                        conditions: [.status([401...401, 422...422])]),
                    body: #"{"email":"nobody@example.test","password":"wrong"}"#),
                SmokeTest(
                    name: "login-cors", target: "app", request: HTTPProbeSpec(port: 8080, path: "/cgi-bin/login"),
                    cors: CORSExpectation(origin: "https://app.example.test", method: "POST", credentials: true)),
                SmokeTest(
                    name: "login-cors-foreign", target: "app",
                    request: HTTPProbeSpec(port: 8080, path: "/cgi-bin/login"),
                    cors: CORSExpectation(origin: "https://evil.example.test", allowed: false)),
            ])
        let report = try await stack.diagnose(plan: plan, expectVersion: "abc1234")
        let failures = report.checks.filter { $0.status == .fail }
        #expect(failures.isEmpty, "\(failures.map { "\($0.subject) \($0.name): \($0.message)" })")
        #expect(report.passed)
        #expect(report.summary.rootCause == nil)
        #expect(checks(report, .smokeTests, "login-wrong-password").first?.status == .pass)
        #expect(checks(report, .smokeTests, "login-cors").first?.status == .pass)
        #expect(checks(report, .smokeTests, "login-cors-foreign").first?.status == .pass)
        #expect(checks(report, .images, "app").contains { $0.name == "revision" && $0.status == .pass })
        #expect(checks(report, .endpoints, "app").first?.status == .pass)
        #expect(checks(report, .tools, "app").contains { $0.name == "healthcheck tools" && $0.status == .pass })
        TestStack.expectNoSecrets(report)
    }

    @Test func oomKilledContainerIsTheRootCause() async throws {
        let image = try TestStack.images().app
        var stack = try TestStack()
        defer { stack.remove() }
        try stack.service("web", image: image, options: ["-p", "127.0.0.1::8080"])
        let worker = try stack.service(
            "worker", image: image, options: ["--memory", "8m", "--memory-swap", "8m"],
            command: ["sh", "-c", #"x=$(head -c 64000000 /dev/zero | tr "\0" a); echo done"#])
        try await stack.waitFor(worker) { $0.contains(#""OOMKilled":true"#) && $0.contains(#""Running":false"#) }
        let report = try await stack.diagnose()
        let state = try #require(checks(report, .containers, "worker").first { $0.name == "state" })
        #expect(state.status == .fail)
        #expect(state.cause == .oomKilled)
        #expect(state.message.contains("memory limit 8.0 MiB"))
        #expect(report.summary.rootCause?.cause == .oomKilled)
        #expect(report.summary.rootCause?.subject == "worker")
        #expect(report.summary.nextSteps.first?.commands.contains { $0.hasPrefix("docker logs") } == true)
        TestStack.expectNoSecrets(report)
    }

    @Test func exitedContainerFailsWithItsExitCode() async throws {
        let image = try TestStack.images().app
        var stack = try TestStack()
        defer { stack.remove() }
        let app = try stack.service("app", image: image, command: ["sh", "-c", "echo starting; exit 3"])
        try await stack.waitFor(app) { $0.contains(#""Status":"exited""#) }
        let report = try await stack.diagnose()
        let state = try #require(checks(report, .containers, "app").first { $0.name == "state" })
        #expect(state.cause == .containerExited)
        #expect(state.message.hasPrefix("exited with code 3"))
        #expect(report.summary.rootCause?.cause == .containerExited)
        #expect(!report.passed)
    }

    @Test func staleContainerOnThePreviousImage() async throws {
        let tag = "shipshape-diagnose-test/stale:\(DiagnoseImages.runID)"
        try DiagnoseImages.buildApp(tag: tag, revision: "1111111aaaaaaa")
        let oldID = try HostCommand.run(["docker", "image", "inspect", "--format", "{{.Id}}", tag])
        var stack = try TestStack()
        defer {
            stack.remove()
            _ = try? HostCommand.run(["docker", "image", "rm", "-f", tag, oldID])
        }
        try stack.service("app", image: tag, options: ["-p", "127.0.0.1::8080"])
        try DiagnoseImages.buildApp(tag: tag, revision: "2222222bbbbbbb")
        let report = try await stack.diagnose(expectVersion: "2222222bbbbbbb")
        let current = try #require(checks(report, .images, "app").first { $0.name == "current" })
        #expect(current.status == .fail)
        #expect(current.cause == .staleContainer)
        #expect(current.message.contains("revision 2222222bbbbbbb"))
        let revision = try #require(checks(report, .images, "app").first { $0.name == "revision" })
        #expect(revision.cause == .versionMismatch)
        #expect(revision.message == "runs revision 1111111aaaaaaa, expected 2222222bbbbbbb")
        #expect(report.summary.rootCause?.cause == .staleContainer)
        // The project's name comes from the container's labels, so the command runs from any directory.
        #expect(
            report.summary.nextSteps.first?.commands == [
                "docker compose -p \(stack.project) up -d --force-recreate app"
            ])
    }

    /// The incident: the health check calls curl, which the image lacks, while the service answers.
    @Test func healthCheckWhoseToolIsMissing() async throws {
        let image = try TestStack.images().app
        var stack = try TestStack()
        defer { stack.remove() }
        let app = try stack.service(
            "app", image: image,
            options: [
                "-p", "127.0.0.1::8080", "--health-interval", "1s", "--health-retries", "1", "--health-cmd",
                "curl -fsS -H 'Authorization: Bearer \(TestStack.apiToken)' http://localhost:8080/health || exit 1",
            ])
        try await stack.waitFor(app) { $0.contains(#""Status":"unhealthy""#) }
        let report = try await stack.diagnose()
        let tools = try #require(checks(report, .tools, "app").first { $0.name == "healthcheck tools" })
        #expect(tools.status == .fail)
        #expect(tools.cause == .probeToolMissing)
        #expect(tools.message.contains("calls curl, which is not in the container (the image has wget)"))
        #expect(checks(report, .containers, "app").first { $0.name == "health" }?.cause == .containerUnhealthy)
        let endpoint = try #require(checks(report, .endpoints, "app").first)
        #expect(endpoint.status == .pass, "the service itself answers: \(endpoint.message)")
        #expect(report.summary.rootCause?.cause == .probeToolMissing)
        TestStack.expectNoSecrets(report)
    }

    @Test func redisPublishedOnAllInterfaces() async throws {
        let image = try TestStack.images().app
        var stack = try TestStack()
        defer { stack.remove() }
        try stack.service(
            "redis", image: image, options: ["-p", "0.0.0.0::6379"], command: ["httpd", "-f", "-p", "6379"],
            redisURL: "http://redis:6379")
        // An http:// URL names the host for the network check without a Redis dependency check
        // (the "redis" here is busybox httpd).
        try stack.service("app", image: image, options: ["-p", "127.0.0.1::8080"], redisURL: "http://redis:6379")
        let report = try await stack.diagnose()
        let port = try #require(checks(report, .network, "redis").first { $0.name == "port 6379/tcp" })
        #expect(port.status == .fail)
        #expect(port.cause == .exposedPort)
        #expect(port.message.hasPrefix("Redis port 6379 is published on all interfaces"))
        #expect(checks(report, .network, "app").contains { $0.name == "port 8080/tcp" && $0.status == .pass })
        #expect(checks(report, .network, "app").contains { $0.name == "reaches redis" && $0.status == .pass })
        #expect(report.summary.rootCause?.cause == .exposedPort)
        TestStack.expectNoSecrets(report)
    }

    @Test func dependencyOnAnotherNetworkIsFlagged() async throws {
        let image = try TestStack.images().app
        var stack = try TestStack()
        defer { stack.remove() }
        try stack.service(
            "redis", image: image, options: ["-p", "127.0.0.1::6379"], command: ["httpd", "-f", "-p", "6379"],
            onNetwork: false)
        try stack.service("app", image: image)
        let report = try await stack.diagnose()
        let reach = try #require(checks(report, .network, "app").first { $0.name == "reaches redis" })
        #expect(reach.status == .fail)
        #expect(reach.cause == .networkIsolated)
        #expect(reach.message.contains("REDIS_URL names redis"))
        TestStack.expectNoSecrets(report)
    }
}

/// The version a container reports in its health response counts as much as its image's revision label:
/// an image without the label (or with it empty, as an unset `$GIT_SHA` leaves it) is judged by what it
/// answers, in section 4, and section 2 says where the version is read.
@Suite(.serialized, .diagnoseImages) struct DiagnoseReportedVersionTests {
    @Test func theHealthResponseCarriesTheVersionWhenTheImageHasNoRevisionLabel() async throws {
        let base = try TestStack.images().app
        let tag = "shipshape-diagnose-test/reported-version:\(DiagnoseImages.runID)"
        let health = FileManager.default.temporaryDirectory.appendingPathComponent("health-\(UUID().uuidString)")
        try #"{"status":"healthy","version":"2.4.1"}"#.write(to: health, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: health) }
        try ScratchImage.build(
            tag: tag,
            dockerfile: "FROM \(base)\nLABEL org.opencontainers.image.revision=\"\"\nCOPY health /www/health\n",
            files: ["health": health.path])
        var stack = try TestStack()
        defer {
            stack.remove()
            ScratchImage.remove([tag])
        }
        try stack.service("app", image: tag, options: ["-p", "127.0.0.1::8080"])
        let target = TargetSpec(
            name: "app", reference: .composeService(service: "app", project: stack.project),
            probes: [.http(HTTPProbeSpec(port: 8080, path: "/health"))],
            expectations: [.version("2.4.1", fields: [])])
        let report = try await stack.diagnose(plan: Plan(targets: [target]))
        let revision = try #require(report.checks(in: .images).first { $0.subject == "app" && $0.name == "revision" })
        #expect(revision.status == .skip && revision.message.contains("read from the health response"))
        let version = try #require(report.checks(in: .endpoints).first { $0.subject == "app" && $0.name == "version" })
        #expect(version.status == .pass, "\(version.message)")
        #expect(version.message == "reports 2.4.1 at json $.version, as expected")
        #expect(!report.checks.contains { $0.cause == .versionMismatch }, "\(report.checks.map(\.message))")

        let newer = try await stack.diagnose(plan: Plan(targets: [target]), expectVersion: "3.0.0")
        let wrong = try #require(newer.checks(in: .endpoints).first { $0.subject == "app" && $0.name == "version" })
        #expect(wrong.status == .fail && wrong.cause == .versionMismatch)
        #expect(wrong.message == "reports 2.4.1 at json $.version, expected 3.0.0")
        #expect(newer.summary.rootCause?.cause == .versionMismatch)
    }
}
