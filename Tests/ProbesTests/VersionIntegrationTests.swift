import DockerEngine
import Foundation
import Plan
import Probes
import TestSupport
import Testing
import Waiting

/// Version and image expectations, default probes, routes and targets: part of the same suite so the
/// images are built once.
extension WaitIntegrationTests {
    @Test func versionMismatchByJSONAndLabel() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("version", image: images.web) { name in
            let target = TargetSpec(
                name: "web", reference: .container(name), probes: [H.http(8080, "/version")],
                expectations: [.version("def5678", fields: ["version"])])
            let (outcome, _) = try await H.wait(target)
            #expect(outcome.status == .unhealthy)
            #expect(outcome.cause == .versionMismatch)
            #expect(outcome.versionSignals.map(\.actual) == ["abc1234", "abc1234def5678"])
            #expect(outcome.versionSignals.map(\.matches) == [false, false])
        }
    }

    /// One named container answering a wrong version keeps answering it: the wait ends once the answer has
    /// settled (3 passing attempts, 2 s), not at its 30 s deadline, and says why.
    @Test func aSettledWrongVersionOfOneContainerEndsTheWaitEarly() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("version-settled", image: images.web) { name in
            let target = TargetSpec(
                name: "web", reference: .container(name), probes: [H.http(8080, "/version")],
                expectations: [.version("def5678", fields: ["version"])])
            let (outcome, took) = try await H.wait(target, timing: H.timing(deadline: 30_000))
            #expect(outcome.cause == .versionMismatch)
            #expect(took < .seconds(15), "ended after \(took), its deadline is 30 s")
            let message = try #require(outcome.results.first { $0.cause == .versionMismatch }?.message)
            #expect(message.contains("from this one container, which no rollout replaces"), "\(message)")
        }
    }

    @Test func matchingVersionByPrefixIsHealthy() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("version-ok", image: images.web) { name in
            let target = TargetSpec(
                name: "web", reference: .container(name), probes: [H.http(8080, "/version")],
                expectations: [.version("abc1234def5678", fields: [])])
            let (outcome, _) = try await H.wait(target)
            #expect(outcome.status == .healthy)
            #expect(outcome.versionSignals.filter { $0.matches == true }.count == 2)
        }
    }

    @Test func versionMismatchByLabelOnly() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("label", image: images.web) { name in
            let target = TargetSpec(
                name: "web", reference: .container(name), probes: [H.http(8080, "/health")],
                expectations: [.version("0123456789", fields: [])])
            let (outcome, _) = try await H.wait(target)
            #expect(outcome.cause == .versionMismatch)
            let label = try #require(outcome.versionSignals.last)
            #expect(label.source.contains("org.opencontainers.image.revision"))
            #expect(label.actual == "abc1234def5678")
            #expect(label.matches == false)
            #expect(outcome.versionSignals.dropLast().allSatisfy { $0.actual == nil && $0.matches == nil })
        }
    }

    @Test func tagMovedAfterStartIsStaleContainer() async throws {
        let images = try TestContainers.images()
        let tag = "shipshape-probes-test/stale:\(TestImages.runID)"
        try await HostCommand.runAsync(["docker", "tag", images.web, tag])
        defer { _ = try? HostCommand.run(["docker", "rmi", tag]) }
        try await TestContainers.with("stale", image: tag, ["sleep", "60"]) { name in
            try await HostCommand.runAsync(["docker", "tag", images.curlWeb, tag])
            let (outcome, took) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), expectations: [.image(tag)]),
                timing: H.timing(deadline: 60_000))
            #expect(outcome.cause == .staleContainer)
            // One container never changes its image: the wait ends once that has settled, not at 60 s.
            #expect(took < .seconds(30), "ended after \(took)")
            let message = try #require(outcome.results.last?.message)
            #expect(message.contains("but \(tag) is now sha256:"))
            #expect(message.contains("— it was not recreated"), "\(message)")
        }
    }

    @Test func dockerHealthIsTheDefaultProbeAndItsLogIsKept() async throws {
        let images = try TestContainers.images()
        let options = [
            "--health-cmd", "wget -q -O- http://127.0.0.1:8080/nope", "--health-interval", "1s", "--health-retries",
            "1",
        ]
        try await TestContainers.with("health", options: options, image: images.web) { name in
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name)), timing: H.timing(deadline: 3_000))
            #expect(outcome.cause == .containerUnhealthy)
            #expect(outcome.results.first?.check == "docker health")
            #expect(outcome.healthLog.first?.contains("404") == true)
        }
    }

    @Test func unreachablePortFallsBackToExecInside() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("nonet", options: ["--network", "none"], image: images.web) { name in
            // Over ssh the daemon is another host's: its network namespaces are out of reach, and the
            // container has no address or published port, so a tool inside is the only route left.
            let server = try LocalSSHServer.start()
            defer { server.stop() }
            let host = try DockerHost.parse("ssh://root@127.0.0.1:\(server.port)")
            let outcome = try await DockerClient.withClient(host: host, sshOptions: server.sshOptions) { client in
                let target = TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/version")])
                return try await WaitEngine(client: client).run(Plan(targets: [target], defaults: H.fast)).targets.first
            }
            #expect(outcome?.status == .healthy)
            #expect(outcome?.probeRoute == "exec wget inside the container (no other route)")
        }
    }

    @Test func urlTargetNeedsNoDocker() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("url", options: ["-p", "127.0.0.1::8080"], image: images.web) { name in
            let port = try #require(
                try await HostCommand.runAsync(["docker", "port", name, "8080/tcp"]).split(separator: ":").last.map(
                    String.init))
            let plan = Plan(
                targets: [
                    TargetSpec(
                        name: "site", reference: .url("http://127.0.0.1:\(port)/version"),
                        probes: [], expectations: [.version("abc1234", fields: ["version"])])
                ],
                defaults: H.fast)
            let report = try await WaitEngine(client: nil).run(plan)
            #expect(report.isHealthy)
            #expect(report.targets.first?.versionSignals.first?.matches == true)
            await #expect(throws: DockerEngineError.self) {
                _ = try await WaitEngine(client: nil).run(
                    Plan(targets: [TargetSpec(name: "c", reference: .container(name))]))
            }
        }
    }

    /// Every service of the project is a target, whether or not it has a port or a healthcheck.
    @Test func composeProjectExpandsToEveryService() async throws {
        let images = try TestContainers.images()
        let project = "shipshape-probes-\(TestImages.runID)"
        let labels = { (service: String) in
            ["--label", "com.docker.compose.project=\(project)", "--label", "com.docker.compose.service=\(service)"]
        }
        try await TestContainers.with("api", options: labels("api") + ["--expose", "8080"], image: images.web) { _ in
            try await TestContainers.with("worker", options: labels("worker"), image: images.web, ["sleep", "60"]) {
                _ in
                var timing = H.fast
                timing.stableMilliseconds = 300
                let plan = Plan(
                    targets: [
                        TargetSpec(name: "all", reference: .composeProject(project)),
                        TargetSpec(name: "worker", reference: .composeService(service: "worker", project: project)),
                    ],
                    defaults: timing)
                let report = try await DockerClient.withClient(host: .local) { client in
                    try await WaitEngine(client: client).run(plan)
                }
                #expect(report.targets.map(\.name) == ["\(project)/api", "\(project)/worker", "worker"])
                #expect(report.isHealthy)
            }
        }
    }

    @Test func unknownContainerIsContainerNotFoundAtOnce() async throws {
        let (outcome, took) = try await H.wait(
            TargetSpec(name: "ghost", reference: .container(TestContainers.uniqueName("ghost"))),
            timing: H.timing(deadline: 30_000))
        #expect(outcome.cause == .containerNotFound)
        #expect(H.seconds(took) < 1)
    }

    @Test func redirectIsReportedNotFollowed() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("redirect", image: images.web) { name in
            // busybox httpd redirects a directory without its trailing slash.
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/cgi-bin")]),
                timing: H.timing(deadline: 1_000))
            #expect(outcome.cause == .redirect)
            #expect(outcome.results.first?.message.contains("/cgi-bin/") == true)
        }
    }

    @Test func failingJSONConditionSaysWhatItSaw() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("condition", image: images.web) { name in
            let probe = ProbeSpec.http(
                HTTPProbeSpec(
                    port: 8080, path: "/version", conditions: [.json(path: "$.status", op: .equal, value: "healthy")]))
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [probe]), timing: H.timing(deadline: 1_000)
            )
            #expect(outcome.cause == .conditionFailed)
            #expect(outcome.results.first?.message == "json $.status: expected == healthy, saw ok")
        }
    }

    @Test func tcpProbeConnectsOrIsRefused() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("tcp", image: images.web) { name in
            let (open, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [.tcp(port: 8080)]))
            #expect(open.status == .healthy)
            let (closed, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [.tcp(port: 9999)]),
                timing: H.timing(deadline: 500))
            #expect(closed.cause == .connectionRefused)
            #expect(closed.results.first?.message.contains("nothing listens on that port") == true)
        }
    }
}
