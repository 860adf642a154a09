import DockerEngine
import Foundation
import Plan
import Probes
import TestSupport
import Testing

/// The wait engine against the real dockerd (run `scripts/docker-up` first); fails, never skips, without it.
@Suite(.dockerImages, .timeLimit(.minutes(3)))
struct WaitIntegrationTests {
    typealias H = WaitHarness

    @Test func healthyAfterTwoSecondsThroughTheContainerAddress() async throws {
        let images = try TestContainers.images()
        try await TestContainers.started(
            "slow-start", image: images.web, ["sh", "-c", "sleep 2; httpd -f -p 8080 -h /www"]
        ) { id, started in
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(id), probes: [H.http(8080, "/health")]))
            let took = ContinuousClock.now - started
            #expect(outcome.status == .healthy)
            #expect(outcome.attempts > 1)
            #expect(H.seconds(took) >= 1.9 && H.seconds(took) < 3.5, "healthy soon after the server started: \(took)")
            #expect(outcome.probeRoute?.hasPrefix("container address ") == true)
            // Nothing was exec'd inside the container.
            #expect(try await HostCommand.runAsync(["docker", "inspect", "-f", "{{.ExecIDs}}", id]) == "[]")
        }
    }

    @Test func publishedPortIsPreferred() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("published", options: ["-p", "127.0.0.1::8080"], image: images.web) { name in
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/health")]))
            #expect(outcome.status == .healthy)
            #expect(outcome.probeRoute?.hasPrefix("published port 127.0.0.1:") == true)
        }
    }

    @Test func serverErrorIsHTTPStatusWithBodyExcerpt() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("http500", image: images.web) { name in
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/cgi-bin/fail")]),
                timing: H.timing(deadline: 1_500))
            #expect(outcome.status == .unhealthy)
            #expect(outcome.cause == .httpStatus)
            let message = try #require(outcome.results.first?.message)
            #expect(message.contains("HTTP 500"))
            #expect(message.contains("database connection failed"))
        }
    }

    @Test func exitAfterOneSecondEndsTheWaitAtOnce() async throws {
        let images = try TestContainers.images()
        try await TestContainers.started(
            "exit1", image: images.web, ["sh", "-c", "echo starting; echo boom >&2; sleep 1; exit 1"]
        ) { id, started in
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(id), probes: [H.http(8080, "/health")]),
                timing: H.timing(deadline: 30_000))
            let took = ContinuousClock.now - started
            #expect(outcome.cause == .containerExited)
            #expect(outcome.attempts > 1, "the wait began before the exit")
            #expect(outcome.results.first?.message.contains("exited with code 1") == true)
            #expect(H.seconds(took) < 1.5, "ended \(took) after the container started, not at the deadline")
            #expect(outcome.logTail.contains("starting"))
            #expect(outcome.logTail.contains("stderr: boom"))
        }
    }

    @Test func oomKillIsReported() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with(
            "oom", options: ["--memory", "16m", "--memory-swap", "16m"], image: images.web, ["tail", "/dev/zero"]
        ) { name in
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/health")]),
                timing: H.timing(deadline: 30_000))
            #expect(outcome.cause == .containerExited)
            #expect(outcome.results.first?.message.contains("OOMKilled") == true)
        }
    }

    @Test func restartLoopIsContainerRestarting() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with(
            "restart", options: ["--restart", "always"], image: images.web, ["sh", "-c", "sleep 0.3; exit 3"]
        ) { name in
            let (outcome, took) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/health")]),
                timing: H.timing(deadline: 30_000))
            #expect(outcome.cause == .containerRestarting)
            #expect(H.seconds(took) < 5)
        }
    }

    @Test func slowEndpointIsTimeout() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("slow", image: images.web) { name in
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/cgi-bin/slow")]),
                timing: H.timing(deadline: 1_500, attemptTimeout: 500))
            #expect(outcome.cause == .timeout)
        }
    }

    @Test func missingProbeToolGivesTheSeedVerdict() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("seed", image: images.curlWeb) { name in
            let probe = ProbeSpec.exec(
                ExecProbeSpec(command: ["wget", "-q", "-O-", "http://localhost:8000/api/v1/health"]))
            let (outcome, took) = try await H.wait(
                TargetSpec(name: "backend", reference: .container(name), probes: [probe]),
                timing: H.timing(deadline: 30_000))
            #expect(outcome.cause == .probeToolMissing)
            #expect(H.seconds(took) < 5, "a missing tool does not get retried until the deadline")
            let verdict = try #require(outcome.verdict)
            #expect(
                verdict.hasPrefix(
                    "the service is healthy; the health check is broken: wget is not installed in the container (curl is available at /usr/bin/curl)"
                ))
        }
    }

    @Test func shellProbeInAnImageWithoutShellIsNoShell() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("noshell", image: images.curlWeb) { name in
            let probe = ProbeSpec.exec(.shell("curl -fsS http://localhost:8000/api/v1/health"))
            let (outcome, _) = try await H.wait(
                TargetSpec(name: "backend", reference: .container(name), probes: [probe]),
                timing: H.timing(deadline: 30_000))
            #expect(outcome.cause == .noShell)
        }
    }

    @Test func removedDuringTheWaitIsContainerNotFound() async throws {
        let images = try TestContainers.images()
        try await TestContainers.with("removed", image: images.web, ["sleep", "60"]) { name in
            let remover = Task {
                try await Task.sleep(for: .seconds(1))
                await TestContainers.remove(name)
                return ContinuousClock.now
            }
            let (outcome, took) = try await H.wait(
                TargetSpec(name: "web", reference: .container(name), probes: [H.http(8080, "/health")]),
                timing: H.timing(deadline: 30_000))
            let ended = ContinuousClock.now
            let removed = try await remover.value
            #expect(outcome.cause == .containerNotFound)
            #expect(ended - removed < .seconds(1), "noticed within a second of `docker rm -f` returning")
            #expect(H.seconds(took) < 10, "not at the 30 s deadline")
        }
    }
}
