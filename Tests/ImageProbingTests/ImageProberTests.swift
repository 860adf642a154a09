import DockerEngine
import Foundation
import ShipshapeCore
import TestSupport
import Testing

@testable import ImageProbing

/// `ImageProber` against a real Docker Engine and images built `FROM scratch` from host binaries.
@Suite(.serialized, RemovesImages()) struct ImageProberTests {
    static let run = String(UUID().uuidString.prefix(8)).lowercased()
    static let busybox = "shipshape-imageprobe/busybox:\(run)"
    static let curlOnly = "shipshape-imageprobe/curl-only:\(run)"
    static let bare = "shipshape-imageprobe/bare:\(run)"

    /// Built once for the suite; Docker must be up (tests fail, never skip, when it is not).
    static let images: Result<Void, any Error> = Result {
        try ScratchImage.build(
            tag: busybox,
            dockerfile: """
                FROM scratch
                COPY busybox /bin/busybox
                RUN ["/bin/busybox", "--install", "-s", "/bin"]
                ENV PATH=/usr/local/bin:/bin
                EXPOSE 8080
                HEALTHCHECK CMD ["/bin/wget", "-q", "-O-", "http://127.0.0.1:8080/"]
                """,
            files: ["busybox": "/bin/busybox"])
        try ScratchImage.build(
            tag: curlOnly, dockerfile: "FROM scratch\nCOPY rootfs/ /\nUSER 1000\n",
            files: try ScratchImage.binaryWithLibraries("/usr/bin/curl"))
        try ScratchImage.build(
            tag: bare, dockerfile: "FROM scratch\nCOPY busybox /httpd\n", files: ["busybox": "/bin/busybox"])
    }

    static let programs: Set<String> = ["curl", "wget", "busybox", "python3", "sh"]

    func observe(_ references: [String], cache: ImageObservationCache? = nil) async throws -> ImageProbeOutcome {
        try Self.images.get()
        return try await DockerClient.withClient { client in
            try await ImageProber(client: client, cache: cache).observe(
                references.map { ImageProbeRequest(reference: $0, programs: Self.programs) })
        }
    }

    @Test func busyboxAppletsAreFoundAsLinksToBusybox() async throws {
        let image = try #require(try await observe([Self.busybox]).observed.first)
        #expect(image.contains("wget") == true)
        #expect(image.found["wget"]?.path == "/bin/wget")
        #expect(image.found["wget"]?.isBusyboxApplet == true)
        #expect(image.contains("curl") == false)
        #expect(image.contains("python3") == false)
        #expect(image.hasShell)
        #expect(image.path == ["/usr/local/bin", "/bin"])
        #expect(image.exposedPorts == [8080])
        #expect(image.hasHealthcheck)
        #expect(image.id.hasPrefix("sha256:"))
    }

    @Test func anImageWithoutShellOrWgetIsSeenAsSuch() async throws {
        let outcome = try await observe([Self.curlOnly, Self.bare])
        let curlOnly = try #require(outcome.observed.first { $0.reference == Self.curlOnly })
        #expect(curlOnly.found["curl"]?.path == "/usr/bin/curl")
        #expect(curlOnly.contains("wget") == false)
        #expect(!curlOnly.hasShell)
        #expect(curlOnly.user == "1000")
        let bare = try #require(outcome.observed.first { $0.reference == Self.bare })
        #expect(bare.found.isEmpty)
        #expect(!bare.hasShell)
        #expect(!bare.hasHealthcheck)
    }

    @Test func anImageThatIsNotOnTheHostIsSkippedWithAReason() async throws {
        let outcome = try await observe(["shipshape-imageprobe/never-built:\(Self.run)", Self.bare])
        #expect(outcome.observed.map(\.reference) == [Self.bare])
        #expect(outcome.skipped["shipshape-imageprobe/never-built:\(Self.run)"]?.contains("not present") == true)
    }

    @Test func observationsAreCachedByImageIDAndExtendedWhenMoreIsAsked() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imagecache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = ImageObservationCache(directory: directory)
        let first = try await observe([Self.busybox, Self.curlOnly], cache: cache)
        #expect(first.cacheHits == 0)
        let second = try await observe([Self.busybox, Self.curlOnly], cache: cache)
        #expect(second.cacheHits == 2)
        #expect(second.observed == first.observed)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(files.count == 2)
        #expect(files.allSatisfy { $0.hasSuffix(".json") && $0.count == 64 + 5 })

        // Asking for a program not looked for before stats only that one and keeps the rest.
        let more = try await DockerClient.withClient { client in
            try await ImageProber(client: client, cache: cache).observe([
                ImageProbeRequest(reference: Self.busybox, programs: ["nc"])
            ])
        }
        let image = try #require(more.observed.first)
        #expect(more.cacheHits == 0)
        #expect(image.found["nc"]?.path == "/bin/nc")
        #expect(image.found["wget"]?.path == "/bin/wget", "kept from the cache")
        #expect(image.checked.isSuperset(of: Self.programs.union(["nc"])))
    }

    @Test func aCorruptCacheEntryIsIgnored() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imagecache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = ImageObservationCache(directory: directory)
        let first = try #require(try await observe([Self.bare], cache: cache).observed.first)
        let file = try #require(cache.file(for: first.id))
        try Data("{not json".utf8).write(to: file)
        let again = try await observe([Self.bare], cache: cache)
        #expect(again.cacheHits == 0)
        #expect(again.observed.first?.id == first.id)
    }

    @Test func leavesNoContainerBehind() async throws {
        _ = try await observe([Self.busybox, Self.curlOnly, Self.bare])
        let left = try HostCommand.run([
            "docker", "ps", "-a", "-q", "--filter", "label=dev.shipshape.purpose=stat-probe",
        ])
        #expect(left.isEmpty)
    }
}

/// Removes the suite's images after its last test.
struct RemovesImages: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        defer { ScratchImage.remove([ImageProberTests.busybox, ImageProberTests.curlOnly, ImageProberTests.bare]) }
        try await function()
    }
}

@Suite struct SearchPathTests {
    @Test func readsPATHAndResolvesDirectoryLinks() {
        #expect(
            SearchPath.directories(environment: ["A=1", "PATH=/usr/bin:relative:/bin:/usr/bin"]) == [
                "/usr/bin", "/bin",
            ])
        #expect(SearchPath.directories(environment: nil).count == 6)
        #expect(SearchPath.resolve(link: "usr/bin", of: "/bin") == "/usr/bin")
        #expect(SearchPath.resolve(link: "../opt/bin", of: "/usr/local/bin") == "/usr/opt/bin")
        #expect(SearchPath.resolve(link: "/opt/tools/", of: "/bin") == "/opt/tools")
    }
}
