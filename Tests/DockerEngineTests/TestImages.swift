import Foundation
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

    static func build() throws -> TestImages {
        let workspace = FileManager.default.temporaryDirectory
            .appendingPathComponent("shipshape-images-\(runID)")
        try? FileManager.default.removeItem(at: workspace)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }

        let busybox = try buildImage("busybox", in: workspace) { context in
            try copy("/bin/busybox", to: context.appendingPathComponent("busybox"))
        }
        let curlOnly = try buildImage("curl-only", in: workspace) { context in
            let rootfs = context.appendingPathComponent("rootfs")
            try copy(try HostCommand.run(["which", "curl"]), to: rootfs.appendingPathComponent("usr/bin/curl"))
            for library in try sharedLibraries(of: "/usr/bin/curl") {
                try copy(library, to: rootfs.appendingPathComponent(String(library.dropFirst())))
            }
        }
        let noShell = try buildImage("no-shell", in: workspace) { context in
            try copy("/bin/busybox", to: context.appendingPathComponent("httpd"))
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
        _ name: String, in workspace: URL, populate: (URL) throws -> Void
    ) throws -> String {
        let context = workspace.appendingPathComponent(name)
        try FileManager.default.copyItem(at: contextsDirectory.appendingPathComponent(name), to: context)
        try populate(context)
        let tag = "shipshape-test/\(name):\(runID)"
        try HostCommand.run(["docker", "build", "-q", "-t", tag, context.path])
        return tag
    }

    /// Paths of the libraries and loader `ldd` lists.
    private static func sharedLibraries(of binary: String) throws -> [String] {
        try HostCommand.run(["ldd", binary]).split(separator: "\n").compactMap { line in
            // ldd indents with a tab; the loader line has no "=>".
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init).first { $0.hasPrefix("/") }
        }
    }

    /// Copies following symlinks, creating parent directories.
    private static func copy(_ source: String, to destination: URL) throws {
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let resolved = URL(fileURLWithPath: source).resolvingSymlinksInPath()
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.copyItem(at: resolved, to: destination)
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
