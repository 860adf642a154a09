import Foundation
import TestSupport
import Testing

/// The scratch images the wait-engine integration tests run, built once per suite run.
///
/// No registry is reachable, so every image is `FROM scratch` with host binaries copied in; tags are unique per run.
struct TestImages: Sendable {
    /// busybox applets in /bin, /www with CGI scripts, label org.opencontainers.image.revision=abc1234def5678.
    let web: String
    /// The incident's image: busybox as /httpd only on port 8000, curl and its libraries; no wget, no shell.
    let curlWeb: String

    @TaskLocal static var current: TestImages?

    static let runID = String(UUID().uuidString.prefix(8)).lowercased()

    static let contextsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Images")

    static func build() throws -> TestImages {
        let web = try buildImage("web") { context in
            try ScratchImage.copy("/bin/busybox", to: context.appendingPathComponent("busybox"))
            // Git may not keep the executable bit; busybox httpd only runs executable CGI scripts.
            try HostCommand.run(["chmod", "-R", "755", context.appendingPathComponent("www/cgi-bin").path])
        }
        let curlWeb = try buildImage("curl-web") { context in
            try ScratchImage.copyWithLibraries("/usr/bin/curl", into: context.appendingPathComponent("rootfs"))
            try ScratchImage.copy("/bin/busybox", to: context.appendingPathComponent("httpd"))
        }
        return TestImages(web: web, curlWeb: curlWeb)
    }

    /// Removes this run's images (SHIPSHAPE_KEEP_TEST_IMAGES=1 keeps them for debugging).
    func remove() {
        if ProcessInfo.processInfo.environment["SHIPSHAPE_KEEP_TEST_IMAGES"] == "1" { return }
        _ = try? HostCommand.run(["docker", "image", "rm", "-f", web, curlWeb])
    }

    private static func buildImage(_ name: String, populate: (URL) throws -> Void) throws -> String {
        try ScratchImage.build(
            tag: "shipshape-probes-test/\(name):\(runID)",
            contextDirectory: contextsDirectory.appendingPathComponent(name), populate: populate)
    }
}

/// Builds the images around the integration suite; if dockerd is unreachable the suite fails, never skips.
struct DockerFixture: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void)
        async throws
    {
        let images = try TestImages.build()
        do {
            try await TestImages.$current.withValue(images) { try await function() }
            images.remove()
        } catch {
            images.remove()
            throw error
        }
    }
}

extension Trait where Self == DockerFixture {
    static var dockerImages: Self { DockerFixture() }
}
