import DockerEngine
import Foundation
import Plan
import Probes
import TestSupport
import Testing

/// The network-namespace route: a container with no published port and no address the host can
/// reach (`--network none`, or sharing another container's network) is probed from inside its own
/// network namespace, without running anything in it. Needs root (the test command runs as root).
@Suite(.dockerImages, .timeLimit(.minutes(2)))
struct NetworkNamespaceRouteTests {
    typealias H = WaitHarness

    @Test func aContainerWithoutNetworkIsProbedInItsNamespace() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("netns", options: ["--network", "none"], image: images.web) { name in
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/health")]))
            #expect(outcome.status == .healthy, "\(outcome.results.map(\.message))")
            #expect(outcome.probeRoute?.hasPrefix("network namespace of the container") == true)
            #expect(try await HostCommand.runAsync(["docker", "inspect", "-f", "{{.ExecIDs}}", name]) == "[]")
        }
    }

    @Test func aServerErrorInTheNamespaceIsReportedWithItsBody() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("netns500", options: ["--network", "none"], image: images.web) { name in
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/cgi-bin/fail")]),
                timing: H.timing(deadline: 1_500))
            #expect(outcome.cause == .httpStatus)
            #expect(outcome.results.first?.message.contains("database connection failed") == true)
        }
    }

    @Test func aClosedPortInTheNamespaceIsConnectionRefused() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("netnsclosed", options: ["--network", "none"], image: images.web) { name in
            let (outcome, _) = try await H.wait(
                TargetSpec(
                    name: "web", reference: .container(name), probes: [H.http(9999, "/health"), .tcp(port: 9999)]),
                timing: H.timing(deadline: 1_000))
            #expect(outcome.status == .unhealthy)
            #expect(outcome.cause == .connectionRefused)
            #expect(outcome.results.first?.message.contains("network namespace") == true)
        }
    }

    @Test func aTCPProbeReachesASharedNamespace() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("netnsowner", options: ["--network", "none"], image: images.web) { owner in
            // A second container joins the first one's network: it has no address of its own.
            try await TestContainers.with(
                "netnsguest", options: ["--network", "container:\(owner)"], image: images.web, ["sleep", "600"]
            ) { guest in
                let (outcome, _) = try await H.wait(
                    TargetSpec(name: "guest", reference: .container(guest), probes: [.tcp(port: 8080)]))
                #expect(outcome.status == .healthy, "\(outcome.results.map(\.message))")
                #expect(outcome.probeRoute?.hasPrefix("network namespace of the container") == true)
            }
        }
    }
}
