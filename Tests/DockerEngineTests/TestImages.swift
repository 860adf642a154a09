import Foundation
import TestSupport
import Testing

/// The three scratch images the integration tests run, built once per test run.
///
/// No registry is reachable, so every image is `FROM scratch` with host binaries copied in.
/// Tags are unique per run so parallel or leftover runs never collide.
struct TestImages: Sendable {
    /// busybox with its applets installed in /bin (has a shell, wget, sleep).
    let busybox: String
    /// curl, its shared libraries and the loader; no shell, no wget.
    let curlOnly: String
    /// busybox copied as /httpd only: no shell, no tools.
    let noShell: String

    /// Set by `DockerFixture` for the tests of the integration suite.
    @TaskLocal static var current: TestImages?

    static let runID = String(UUID().uuidString.prefix(8)).lowercased()

    /// Where the Dockerfiles live (committed); binaries are added in a temporary copy.
    static let contextsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Images")

    /// Builds the images; `variant` keeps suites that build their own set from sharing tags.
    static func build(variant: String = "") throws -> TestImages {
        let busybox = try buildImage("busybox", variant: variant) { context in
            try ScratchImage.copy("/bin/busybox", to: context.appendingPathComponent("busybox"))
        }
        let curlOnly = try buildImage("curl-only", variant: variant) { context in
            try ScratchImage.copyWithLibraries("/usr/bin/curl", into: context.appendingPathComponent("rootfs"))
        }
        let noShell = try buildImage("no-shell", variant: variant) { context in
            try ScratchImage.copy("/bin/busybox", to: context.appendingPathComponent("httpd"))
        }
        return TestImages(busybox: busybox, curlOnly: curlOnly, noShell: noShell)
    }

    /// Removes this run's images (containers are removed by each test).
    func remove() {
        // SHIPSHAPE_KEEP_TEST_IMAGES=1 keeps them for debugging a failing run.
        if ProcessInfo.processInfo.environment["SHIPSHAPE_KEEP_TEST_IMAGES"] == "1" { return }
        _ = try? HostCommand.run(["docker", "image", "rm", "-f", busybox, curlOnly, noShell])
    }

    private static func buildImage(
        _ name: String, variant: String, populate: (URL) throws -> Void
    ) throws -> String {
        try ScratchImage.build(
            tag: "shipshape-test/\(name):\(runID)\(variant)",
            contextDirectory: contextsDirectory.appendingPathComponent(name), populate: populate)
    }
}

/// Builds the test images around the integration suite and removes them afterwards.
///
/// If dockerd is unreachable the build fails and so does the suite: tests never skip silently.
struct DockerFixture: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
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
    /// Builds the scratch test images once for the suite.
    static var dockerImages: Self { DockerFixture() }
}
