import Foundation
import TestSupport
import Testing

/// The binary under test (`SHIPSHAPE_BIN`: the debug build in CI, the static-stdlib release build
/// when the release is checked) in an image `FROM scratch` that holds only the binary, the libraries
/// `ldd` lists and CA certificates: no shell, no package manager, no Swift toolchain. It must lint
/// the bundled example, and run `wait` against a container through a mounted Docker socket.
@Suite(.serialized) struct ReleaseImageTests {
    static let tag = "shipshape-e2e/release-scratch:\(UUID().uuidString.prefix(8).lowercased())"

    static func buildImage() throws -> String {
        var files = try ScratchImage.binaryWithLibraries(ShipshapeProcess.binary)
        files["rootfs/usr/local/bin/shipshape"] = files.removeValue(forKey: "rootfs" + ShipshapeProcess.binary)
        files["rootfs/etc/ssl/certs/ca-certificates.crt"] = "/etc/ssl/certs/ca-certificates.crt"
        let dockerfile = """
            FROM scratch
            COPY rootfs/ /
            USER 65532:65532
            ENTRYPOINT ["/usr/local/bin/shipshape"]

            """
        return try ScratchImage.build(tag: tag, dockerfile: dockerfile, files: files)
    }

    @Test func lintsTheBundledExampleWithOnlyTheLibrariesLddLists() throws {
        let image = try Self.buildImage()
        defer { ScratchImage.remove([image]) }
        let example = ShipshapeProcess.packageRoot.appendingPathComponent("examples/onquota").path
        let version = try HostProcess.run(["docker", "run", "--rm", image, "--version"], timeout: 60)
        #expect(version.status == 0, "\(version.stderr)")
        let lint = try HostProcess.run(
            ["docker", "run", "--rm", "-v", "\(example):/repo:ro", image, "lint", "/repo", "--format", "json"],
            timeout: 120)
        #expect(lint.status == 1, "the example has errors: \(lint.stderr)")
        #expect(lint.stdout.contains("\"probe-tool-missing\""), "\(lint.stdout.prefix(2000))")
        #expect(lint.stdout.contains("\"url-credentials-unencoded\""), "\(lint.stdout.prefix(2000))")
    }

    @Test func waitsForAContainerThroughAMountedDockerSocket() throws {
        try DockerFixture.buildImage()
        let image = try Self.buildImage()
        let server = DockerFixture.uniqueName("release-target")
        defer {
            DockerFixture.remove(server)
            ScratchImage.remove([image])
        }
        try DockerFixture.startServer(name: server)
        // Root in the image only for the socket's permissions (root:docker 660 on the host).
        let wait = try HostProcess.run(
            [
                "docker", "run", "--rm", "--user", "0:0", "-v", "/var/run/docker.sock:/var/run/docker.sock", image,
                "wait", server, "--http", ":8080/health", "--timeout", "30s", "--format", "json",
            ], timeout: 120)
        #expect(wait.status == 0, "\(wait.stdout)\n\(wait.stderr)")
        #expect(wait.stdout.contains("\"message\" : \"HTTP 200\""), "\(wait.stdout)")
        #expect(wait.stdout.contains("\"probeRoute\" : \"container address "), "probed from outside: \(wait.stdout)")
    }
}
