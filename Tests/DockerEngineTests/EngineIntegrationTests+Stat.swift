import DockerEngine
import Foundation
import Testing

extension EngineIntegrationTests {
    @Test func statInBusyboxImageViaCreatedContainer() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            let clock = ContinuousClock()
            let start = clock.now
            let stats = try await client.statPaths(
                ["/bin/busybox", "/usr/bin/curl", "/bin/sh", "/bin"], inImage: images.busybox)
            print("statPaths (create + 4 HEAD + remove): \(Self.ms(clock.now - start))")
            let busybox = try #require(stats["/bin/busybox"] ?? nil)
            #expect(busybox.name == "busybox")
            #expect(busybox.size > 100_000)
            #expect(busybox.isExecutable && !busybox.isSymlink)
            #expect(stats["/usr/bin/curl"] == .some(nil))
            let shell = try #require(stats["/bin/sh"] ?? nil)
            #expect(shell.isSymlink)
            #expect(shell.linkTarget == "/bin/busybox")
            #expect((stats["/bin"] ?? nil)?.isDirectory == true)
            // The probe container is gone.
            let leftovers = try await client.listContainers(
                ContainerFilter(all: true, labels: ["dev.shipshape.purpose=stat-probe"]))
            #expect(leftovers.allSatisfy { $0.image != images.busybox })
        }
    }

    @Test func statInImageWithoutShell() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            let stats = try await client.statPaths(["/bin/sh", "/httpd", "/www/health"], inImage: images.noShell)
            #expect(stats["/bin/sh"] == .some(nil))
            #expect((stats["/httpd"] ?? nil)?.isExecutable == true)
            #expect((stats["/www/health"] ?? nil)?.size == 3)
        }
    }

    @Test func statSingleHeadTiming() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            let options = ContainerCreateOptions(image: images.busybox)
            try await TestContainers.with(client, options, hint: "stat", start: false) { id in
                let clock = ContinuousClock()
                var samples: [Duration] = []
                for _ in 0..<5 {
                    let start = clock.now
                    _ = try await client.statPath("/bin/wget", inContainer: id)
                    samples.append(clock.now - start)
                }
                print("stat HEAD on created container: \(samples.sorted().map(Self.ms))")
                #expect(try await client.statPath("/bin/wget", inContainer: id)?.isSymlink == true)
                #expect(try await client.statPath("/usr/bin/wget", inContainer: id) == nil)
            }
        }
    }
}
