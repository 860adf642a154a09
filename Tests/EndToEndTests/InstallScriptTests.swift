import Foundation
import TestSupport
import Testing

/// `scripts/install.sh` run for real against a release directory served over HTTP on loopback:
/// the "binary" is a small shell script printing a version, with a good or a bad `.sha256` file.
@Suite(.serialized) struct InstallScriptTests {
    static let script = ShipshapeProcess.packageRoot.appendingPathComponent("scripts/install.sh").path
    static let binary = "#!/bin/sh\necho '9.8.7 (commit 0123abc)'\n"

    /// A release directory holding the binary for both architectures and a checksum for each.
    static func release(checksum: (String) -> String) throws -> TemporaryRepository {
        let release = try TemporaryRepository(files: [:])
        for arch in ["x86_64", "arm64"] {
            let name = "shipshape-linux-\(arch)"
            try release.write(name, Data(binary.utf8))
            let digest = try HostProcess.run(["sha256sum", release.path + "/" + name]).stdout
            let hex = String(digest.prefix(64))
            try release.write(name + ".sha256", Data("\(checksum(hex))  \(name)\n".utf8))
        }
        return release
    }

    /// Runs the installer with a scratch HOME, the release's base URL and no PREFIX/BINDIR inherited.
    static func install(
        from server: LocalFileServer, home: String, arguments: [String] = [], environment: [String: String] = [:]
    ) throws -> HostProcess.Result {
        var variables = ["HOME": home, "SHIPSHAPE_BASE_URL": server.baseURL]
        variables.merge(environment) { _, new in new }
        let assignments = variables.map { "\($0.key)=\($0.value)" }
        return try HostProcess.run(
            ["env", "-u", "PREFIX", "-u", "BINDIR", "-u", "SHIPSHAPE_VERSION"] + assignments + ["sh", script]
                + arguments, timeout: 60)
    }

    @Test func goodChecksumInstallsIntoLocalBinWithoutRoot() throws {
        let release = try Self.release { $0 }
        let server = try LocalFileServer(serving: release.path)
        let home = try TemporaryRepository(files: [:])
        let result = try Self.install(from: server, home: home.path)
        #expect(result.status == 0, "\(result.stderr)")
        let installed = home.path + "/.local/bin/shipshape"
        #expect(try String(contentsOfFile: installed, encoding: .utf8) == Self.binary)
        #expect(FileManager.default.isExecutableFile(atPath: installed))
        #expect(result.stdout.contains("checksum verified"))
        #expect(result.stdout.contains("installed \(installed) (9.8.7 (commit 0123abc))"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path + "/.local/bin") == ["shipshape"])
    }

    @Test func prefixChoosesTheDirectory() throws {
        let release = try Self.release { $0 }
        let server = try LocalFileServer(serving: release.path)
        let home = try TemporaryRepository(files: [:])
        let prefix = home.path + "/usr-local"
        let byVariable = try Self.install(from: server, home: home.path, environment: ["PREFIX": prefix])
        #expect(byVariable.status == 0, "\(byVariable.stderr)")
        #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/shipshape"))
        #expect(!FileManager.default.fileExists(atPath: home.path + "/.local"))
        let byFlag = try Self.install(from: server, home: home.path, arguments: ["--bindir", home.path + "/tools"])
        #expect(byFlag.status == 0, "\(byFlag.stderr)")
        #expect(FileManager.default.isExecutableFile(atPath: home.path + "/tools/shipshape"))
    }

    @Test func badChecksumRefusesAndInstallsNothing() throws {
        let release = try Self.release { hex in String(hex.reversed()) }
        let server = try LocalFileServer(serving: release.path)
        let home = try TemporaryRepository(files: [:])
        let result = try Self.install(from: server, home: home.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("checksum mismatch for shipshape-linux-"))
        #expect(result.stderr.contains("nothing installed"))
        #expect(!FileManager.default.fileExists(atPath: home.path + "/.local"))
    }

    @Test func badChecksumLeavesAnInstalledBinaryAlone() throws {
        let release = try Self.release { _ in String(repeating: "0", count: 64) }
        let server = try LocalFileServer(serving: release.path)
        let home = try TemporaryRepository(files: [".local/bin/shipshape": "previous release\n"])
        let result = try Self.install(from: server, home: home.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("checksum mismatch"))
        let bin = home.path + "/.local/bin"
        #expect(try String(contentsOfFile: bin + "/shipshape", encoding: .utf8) == "previous release\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: bin) == ["shipshape"])
    }

    @Test func missingChecksumFileOrDigestRefuses() throws {
        let release = try Self.release { _ in "not-a-digest" }
        let server = try LocalFileServer(serving: release.path)
        let home = try TemporaryRepository(files: [:])
        let noDigest = try Self.install(from: server, home: home.path)
        #expect(noDigest.status == 1)
        #expect(noDigest.stderr.contains("holds no SHA-256 digest; nothing installed"))
        for arch in ["x86_64", "arm64"] {
            try FileManager.default.removeItem(atPath: "\(release.path)/shipshape-linux-\(arch).sha256")
        }
        let noFile = try Self.install(from: server, home: home.path)
        #expect(noFile.status == 1)
        #expect(noFile.stderr.contains("cannot download the checksum"))
        #expect(!FileManager.default.fileExists(atPath: home.path + "/.local"))
    }

    @Test func usageErrorsExitTwo() throws {
        let release = try Self.release { $0 }
        let server = try LocalFileServer(serving: release.path)
        let home = try TemporaryRepository(files: [:])
        let relative = try Self.install(from: server, home: home.path, arguments: ["--prefix", "relative/dir"])
        #expect(relative.status == 2)
        #expect(relative.stderr.contains("must be an absolute path"))
        let unknown = try Self.install(from: server, home: home.path, arguments: ["--frobnicate"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown argument: --frobnicate"))
    }
}
