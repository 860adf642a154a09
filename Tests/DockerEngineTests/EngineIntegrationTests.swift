import DockerEngine
import Foundation
import Testing

/// Tests against the real dockerd on the local socket (run `scripts/docker-up` first).
///
/// They fail — never skip — when the daemon is unreachable: the suite fixture cannot build images.
@Suite(.dockerImages, .timeLimit(.minutes(5)))
struct EngineIntegrationTests {
    /// Milliseconds, for the measurements these tests print.
    static func ms(_ duration: Duration) -> String {
        String(
            format: "%.1f ms",
            Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
    }

    @Test func pingAndVersionNegotiation() async throws {
        try await DockerClient.withClient(host: .local) { client in
            #expect(client.serverAPIVersion == "1.41")
            #expect(client.apiVersion == "1.41")
            let ping = try await client.ping()
            #expect(ping.apiVersion == "1.41")
            #expect(ping.osType == "linux")
            let version = try await client.version()
            #expect(version.apiVersion == "1.41")
            #expect(version.version.hasPrefix("20.10"))
            print("ping round trip: \(Self.ms(ping.roundTrip))")
        }
    }

    @Test func listWithComposeLabelFilters() async throws {
        let images = try TestContainers.images()
        let project = "shipshape-test-\(UUID().uuidString.prefix(8).lowercased())"
        try await DockerClient.withClient(host: .local) { client in
            func options(_ service: String) -> ContainerCreateOptions {
                ContainerCreateOptions(
                    image: images.busybox, cmd: ["sleep", "60"],
                    labels: ["com.docker.compose.project": project, "com.docker.compose.service": service])
            }
            try await TestContainers.with(client, options("web"), hint: "web", start: false) { web in
                try await TestContainers.with(client, options("db"), hint: "db") { db in
                    let running = try await client.listContainers(ContainerFilter(composeProject: project))
                    #expect(running.map(\.id) == [db])
                    let all = try await client.listContainers(ContainerFilter(all: true, composeProject: project))
                    #expect(Set(all.map(\.id)) == [web, db])
                    let service = try await client.listContainers(
                        ContainerFilter(all: true, composeProject: project, composeService: "web"))
                    #expect(service.map(\.id) == [web])
                    #expect(service.first?.state == "created")
                    #expect(service.first?.labels?["com.docker.compose.service"] == "web")
                    let byName = try await client.listContainers(
                        ContainerFilter(all: true, name: String(project.suffix(8))))
                    #expect(byName.isEmpty, "names were not given the project id")
                }
            }
        }
    }

    @Test func inspectRunningContainer() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            let options = ContainerCreateOptions(
                image: images.busybox, cmd: ["sleep", "60"], env: ["SHIPSHAPE=1"],
                labels: ["dev.shipshape.case": "running"],
                healthcheck: HealthcheckConfig(
                    test: ["CMD-SHELL", "echo probe-ok"], interval: 1_000_000_000, retries: 3))
            try await TestContainers.with(client, options, hint: "running") { id in
                let details = try await client.inspectContainer(id)
                #expect(details.id == id)
                #expect(details.name.hasPrefix("/shipshape-test-running"))
                #expect(details.state.running)
                #expect(details.state.status == "running")
                #expect(!details.state.oomKilled)
                #expect(details.restartCount == 0)
                #expect(details.config.image == images.busybox)
                #expect(details.config.labels?["dev.shipshape.case"] == "running")
                #expect(details.config.env?.contains("SHIPSHAPE=1") == true)
                #expect(details.config.healthcheck?.test == ["CMD-SHELL", "echo probe-ok"])
                let image = try await client.inspectImage(images.busybox)
                #expect(details.image == image.id)
                #expect(image.repoTags?.contains(images.busybox) == true)
                #expect(image.config?.cmd == ["sleep", "3600"])
                #expect(image.config?.labels?["dev.shipshape.test"] == "busybox")
                let address = details.networkSettings?.networks?["bridge"]?.ipAddress ?? ""
                #expect(!address.isEmpty)

                let healthy = try await TestContainers.waitUntil {
                    try await client.inspectContainer(id).state.health?.status == "healthy"
                }
                #expect(healthy)
                let health = try await client.inspectContainer(id).state.health
                #expect(health?.failingStreak == 0)
                #expect(health?.log?.first?.exitCode == 0)
                #expect(health?.log?.first?.output == "probe-ok\n")
            }
        }
    }

    @Test func inspectExitedContainer() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            let options = ContainerCreateOptions(image: images.busybox, cmd: ["sh", "-c", "echo bye; exit 1"])
            try await TestContainers.with(client, options, hint: "exited") { id in
                let exited = try await TestContainers.waitUntil {
                    try await client.inspectContainer(id).state.status == "exited"
                }
                #expect(exited)
                let state = try await client.inspectContainer(id).state
                #expect(!state.running)
                #expect(state.exitCode == 1)
                #expect(!state.finishedAt.hasPrefix("0001"))
                #expect(state.health == nil)
            }
        }
    }

    @Test func logsTailDemultiplexed() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            // Pauses between writes: stdout and stderr are copied to the log by separate
            // goroutines, so without them the order across streams is not deterministic.
            let script = "for i in 1 2 3 4 5; do echo out$i; sleep 0.05; echo err$i >&2; sleep 0.05; done; sleep 60"
            let options = ContainerCreateOptions(image: images.busybox, cmd: ["sh", "-c", script])
            try await TestContainers.with(client, options, hint: "logs") { id in
                let complete = try await TestContainers.waitUntil {
                    try await client.logs(of: id, LogOptions(tail: nil)).entries.count == 10
                }
                #expect(complete)
                let tail = try await client.logs(of: id, LogOptions(tail: 4))
                #expect(tail.entries.count == 4)
                #expect(tail.stdout == "out4\nout5")
                #expect(tail.stderr == "err4\nerr5")
                #expect(!tail.truncated)
                let stamped = try await client.logs(of: id, LogOptions(tail: 2, timestamps: true))
                #expect(stamped.entries.allSatisfy { $0.timestamp?.hasPrefix("20") == true })
                #expect(stamped.entries.map(\.text).sorted() == ["err5", "out5"])
                let onlyErr = try await client.logs(of: id, LogOptions(tail: nil, stdout: false))
                #expect(onlyErr.entries.allSatisfy { $0.stream == .stderr })
                let capped = try await client.logs(of: id, LogOptions(tail: nil, outputLimit: 12))
                #expect(capped.truncated)
            }
        }
    }
}
