import Foundation
import TestSupport
import Testing

/// `lint --probe-images` on a shared daemon (issue 16, item 11): an odd image name skips that image
/// only, and containers an interrupted run left behind are swept by the next run.
@Suite(.serialized) struct ProbeImagesCleanupTests {
    static let compose = """
        services:
          odd:
            image: "UPPER/Case:tag"
            healthcheck:
              test: ["CMD", "curl", "-f", "http://localhost/"]
          dots:
            image: "a/../../b:x"
            healthcheck:
              test: ["CMD", "wget", "-q", "http://localhost/"]
          web:
            image: \(DockerFixture.image)
            healthcheck:
              test: ["CMD", "curl", "-f", "http://localhost/"]

        """

    func lint(cache: String) throws -> ShipshapeProcess.Result {
        try DockerFixture.buildImage()
        let repository = try TemporaryRepository(files: ["docker-compose.yml": Self.compose])
        return try ShipshapeProcess.run(
            ["lint", repository.path, "--probe-images"], timeout: 120, environment: ["SHIPSHAPE_CACHE_DIR": cache])
    }

    @Test func anOddImageNameSkipsOnlyThatImage() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent(DockerFixture.uniqueName("cache"))
        defer { try? FileManager.default.removeItem(at: cache) }
        let result = try lint(cache: cache.path)
        #expect(result.status == 1, "\(result.status) \(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("UPPER/Case:tag: Docker refused the reference"), "\(result.stderr)")
        #expect(result.stderr.contains("a/../../b:x: Docker refused the reference"), "\(result.stderr)")
        #expect(result.stdout.contains("curl is not installed in the image of service \"web\""), "\(result.stdout)")
        #expect(result.stdout.contains("probed as"), "the good image was still probed: \(result.stdout)")
    }

    @Test func leftOverProbeContainersAreSweptByTheNextRun() throws {
        try DockerFixture.buildImage()
        // The pid of a process that has ended: the owner of a container left by a killed run.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let owner = "\(ProcessInfo.processInfo.hostName):\(ended.processIdentifier)"
        let name = DockerFixture.uniqueName("leftover")
        let created = try DockerFixture.host([
            "docker", "create", "--name", name, "--label", "dev.shipshape.purpose=stat-probe",
            "--label", "dev.shipshape.owner=\(owner)", "--label",
            "dev.shipshape.created=\(Int(Date().timeIntervalSince1970))",
            DockerFixture.image, "/shipshape-stat-probe",
        ])
        try #require(created.status == 0, "\(created.output)")
        defer { DockerFixture.remove(name) }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent(DockerFixture.uniqueName("cache"))
        defer { try? FileManager.default.removeItem(at: cache) }
        let result = try lint(cache: cache.path)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr.contains("probe container(s) an earlier, interrupted run left behind"), "\(result.stderr)")
        let left = try DockerFixture.host(["docker", "ps", "-a", "-q", "--filter", "name=\(name)"])
        #expect(left.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "still there: \(left.output)")
        let own = try DockerFixture.host(["docker", "ps", "-a", "-q", "--filter", "label=dev.shipshape.owner=\(owner)"])
        #expect(own.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    /// SIGTERM while probing 48 images: the run removes its containers before it ends (exit 143).
    /// Sent at several fractions of an uninterrupted run's length, measured first, since how long
    /// probing takes depends on the machine (0.2 s for 16 images on an idle one).
    @Test func sigtermRemovesTheRunsContainers() throws {
        try DockerFixture.buildImage()
        let stem = DockerFixture.uniqueName("sigterm")
        let tags = (1...48).map { "\(stem)/img\($0):test" }
        for tag in tags { try DockerFixture.host(["docker", "tag", DockerFixture.image, tag]) }
        defer { for tag in tags { _ = try? DockerFixture.host(["docker", "rmi", tag]) } }
        var services = "services:\n"
        for (index, tag) in tags.enumerated() {
            services +=
                "  s\(index):\n    image: \(tag)\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://x/\"]\n"
        }
        let repository = try TemporaryRepository(files: ["docker-compose.yml": services])
        func start() throws -> (Process, URL) {
            let cache = FileManager.default.temporaryDirectory.appendingPathComponent(DockerFixture.uniqueName("cache"))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ShipshapeProcess.binary)
            process.arguments = ["lint", repository.path, "--probe-images"]
            process.environment = ProcessInfo.processInfo.environment.merging(["SHIPSHAPE_CACHE_DIR": cache.path]) {
                _, new in new
            }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return (process, cache)
        }
        let (whole, wholeCache) = try start()
        let began = Stopwatch()
        whole.waitUntilExit()
        let length = max(0.2, began.seconds)
        try? FileManager.default.removeItem(at: wholeCache)
        var interrupted = 0
        for fraction in [0.3, 0.45, 0.6, 0.75, 0.9] {
            let (process, cache) = try start()
            defer { try? FileManager.default.removeItem(at: cache) }
            Thread.sleep(forTimeInterval: length * fraction)
            process.terminate()
            process.waitUntilExit()
            if process.terminationReason == .exit, process.terminationStatus == 143 { interrupted += 1 }
            let owner = "\(ProcessInfo.processInfo.hostName):\(process.processIdentifier)"
            let left = try DockerFixture.host([
                "docker", "ps", "-a", "-q", "--filter", "label=dev.shipshape.owner=\(owner)",
            ])
            #expect(
                left.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                "after \(fraction) of \(length) s: \(left.output)")
        }
        #expect(interrupted > 0, "at least one run was stopped while probing")
    }
}
