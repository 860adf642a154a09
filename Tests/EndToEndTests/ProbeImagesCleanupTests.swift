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
            "--label", "dev.shipshape.owner=\(owner)", "--label", "dev.shipshape.created=\(Int(Date().timeIntervalSince1970))",
            DockerFixture.image, "/shipshape-stat-probe",
        ])
        try #require(created.status == 0, "\(created.output)")
        defer { DockerFixture.remove(name) }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent(DockerFixture.uniqueName("cache"))
        defer { try? FileManager.default.removeItem(at: cache) }
        let result = try lint(cache: cache.path)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("probe container(s) an earlier, interrupted run left behind"), "\(result.stderr)")
        let left = try DockerFixture.host(["docker", "ps", "-a", "-q", "--filter", "name=\(name)"])
        #expect(left.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "still there: \(left.output)")
        let own = try DockerFixture.host(["docker", "ps", "-a", "-q", "--filter", "label=dev.shipshape.owner=\(owner)"])
        #expect(own.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
}
