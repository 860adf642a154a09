import Foundation
import TestSupport
import Testing

/// `shipshape --version` on the built binary, and `scripts/stamp-build-info`, which writes the
/// version and commit a release build compiles in.
@Suite struct VersionTests {
    static let stamp = ShipshapeProcess.packageRoot.appendingPathComponent("scripts/stamp-build-info").path

    static func head() throws -> String {
        try HostProcess.run(["git", "-C", ShipshapeProcess.packageRoot.path, "rev-parse", "HEAD"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A development build says "unknown commit"; a stamped build names its commit, and when
    /// `SHIPSHAPE_EXPECT_COMMIT` is set (the release workflow sets it) it must be that commit.
    @Test func versionNamesTheVersionAndTheCommit() throws {
        let result = try ShipshapeProcess.run(["--version"])
        #expect(result.status == 0)
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let match = try #require(
            line.wholeMatch(of: /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?) \((?:commit ([0-9a-f]{40})|unknown commit)\)/),
            "unexpected --version output: \(line)")
        if let expected = ProcessInfo.processInfo.environment["SHIPSHAPE_EXPECT_COMMIT"], !expected.isEmpty {
            #expect(match.2.map(String.init) == expected)
        }
        if let expected = ProcessInfo.processInfo.environment["SHIPSHAPE_EXPECT_VERSION"], !expected.isEmpty {
            #expect(String(match.1) == expected)
        }
    }

    @Test func stampWritesTheTagsVersionAndTheCheckedOutCommit() throws {
        let directory = try TemporaryRepository(files: [:])
        let file = directory.path + "/BuildInfo.swift"
        let result = try HostProcess.run([Self.stamp, "v2.3.4-rc.1", file])
        #expect(result.status == 0, "\(result.stderr)")
        let source = try String(contentsOfFile: file, encoding: .utf8)
        #expect(source.contains(#"static let version = "2.3.4-rc.1""#))
        #expect(source.contains(#"static let commit: String? = "\#(try Self.head())""#))
        // The stamped file must define what the dev file defines, or release builds break.
        let development = try String(
            contentsOf: ShipshapeProcess.packageRoot.appendingPathComponent("Sources/shipshape/BuildInfo.swift"),
            encoding: .utf8)
        for declaration in [
            "enum BuildInfo", "static let version", "static let commit: String?", "static var description",
        ] {
            #expect(source.contains(declaration) && development.contains(declaration), "\(declaration)")
        }
    }

    @Test func stampRefusesAMalformedVersionAndWritesNothing() throws {
        let directory = try TemporaryRepository(files: [:])
        let file = directory.path + "/BuildInfo.swift"
        let result = try HostProcess.run([Self.stamp, "release-candidate", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains(#""release-candidate" is not a version"#))
        #expect(!FileManager.default.fileExists(atPath: file))
    }
}
