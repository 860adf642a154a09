import Foundation
import Testing

/// The scratch images the wait-engine integration tests run, built once per suite run.
///
/// Adapted from DockerEngineTests (test targets cannot depend on each other). No registry is
/// reachable, so every image is `FROM scratch` with host binaries copied in; tags are unique per run.
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
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shipshape-probes-images-\(runID)-\(UUID().uuidString.prefix(6))")
        try? FileManager.default.removeItem(at: workspace)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let web = try buildImage("web", in: workspace) { context in
            try copy("/bin/busybox", to: context.appendingPathComponent("busybox"))
            // Git may not keep the executable bit; busybox httpd only runs executable CGI scripts.
            try HostCommand.run(["chmod", "-R", "755", context.appendingPathComponent("www/cgi-bin").path])
        }
        let curlWeb = try buildImage("curl-web", in: workspace) { context in
            let rootfs = context.appendingPathComponent("rootfs")
            try copy(try HostCommand.run(["which", "curl"]), to: rootfs.appendingPathComponent("usr/bin/curl"))
            for library in try sharedLibraries(of: "/usr/bin/curl") {
                try copy(library, to: rootfs.appendingPathComponent(String(library.dropFirst())))
            }
            try copy("/bin/busybox", to: context.appendingPathComponent("httpd"))
        }
        return TestImages(web: web, curlWeb: curlWeb)
    }

    /// Removes this run's images (SHIPSHAPE_KEEP_TEST_IMAGES=1 keeps them for debugging).
    func remove() {
        if ProcessInfo.processInfo.environment["SHIPSHAPE_KEEP_TEST_IMAGES"] == "1" { return }
        _ = try? HostCommand.run(["docker", "image", "rm", "-f", web, curlWeb])
    }

    private static func buildImage(_ name: String, in workspace: URL, populate: (URL) throws -> Void) throws -> String {
        let context = workspace.appendingPathComponent(name)
        try FileManager.default.copyItem(at: contextsDirectory.appendingPathComponent(name), to: context)
        try populate(context)
        let tag = "shipshape-probes-test/\(name):\(runID)"
        try HostCommand.run(["docker", "build", "-q", "-t", tag, context.path])
        return tag
    }

    private static func sharedLibraries(of binary: String) throws -> [String] {
        try HostCommand.run(["ldd", binary]).split(separator: "\n").compactMap { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init).first { $0.hasPrefix("/") }
        }
    }

    private static func copy(_ source: String, to destination: URL) throws {
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let resolved = URL(fileURLWithPath: source).resolvingSymlinksInPath()
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.copyItem(at: resolved, to: destination)
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
