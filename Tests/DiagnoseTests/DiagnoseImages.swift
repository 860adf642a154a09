import Foundation
import TestSupport
import Testing

/// The scratch image the diagnose tests run, built once per suite with the docker CLI (no registry
/// is reachable: busybox-static from the host is the whole userland).
struct DiagnoseImages: Sendable {
    /// Tag of the app image (revision abc1234def5678).
    let app: String

    @TaskLocal static var current: DiagnoseImages?

    static let runID = String(UUID().uuidString.prefix(8)).lowercased()
    static let context = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Images/app")

    static func build() throws -> DiagnoseImages {
        let tag = "shipshape-diagnose-test/app:\(runID)"
        try buildApp(tag: tag, revision: "abc1234def5678")
        return DiagnoseImages(app: tag)
    }

    /// Builds the app image under `tag` with a revision label (a second build moves the tag on).
    static func buildApp(tag: String, revision: String) throws {
        try ScratchImage.build(tag: tag, contextDirectory: context, buildArguments: ["REVISION": revision]) { copy in
            try ScratchImage.copy("/bin/busybox", to: copy.appendingPathComponent("busybox"))
            // Git may not keep the executable bit; busybox httpd runs only executable CGI scripts.
            try HostCommand.run(["chmod", "-R", "755", copy.appendingPathComponent("www/cgi-bin").path])
        }
    }

    func remove() {
        _ = try? HostCommand.run(["docker", "image", "rm", "-f", app])
    }
}

/// Builds the image around the suite; if dockerd is unreachable the suite fails, never skips.
struct DiagnoseImagesTrait: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void)
        async throws
    {
        let images = try DiagnoseImages.build()
        do {
            try await DiagnoseImages.$current.withValue(images) { try await function() }
            images.remove()
        } catch {
            images.remove()
            throw error
        }
    }
}

extension Trait where Self == DiagnoseImagesTrait {
    static var diagnoseImages: Self { DiagnoseImagesTrait() }
}
