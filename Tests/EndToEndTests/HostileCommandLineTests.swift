import Foundation
import Testing

/// Wrong classes and size limits on the command line (issue 16, items 12–13): each refused while
/// the command line and the plan are read — exit 2 with a message, nothing contacted.
@Suite struct HostileCommandLineTests {
    @Test(arguments: ["file:///etc/passwd", "gopher://127.0.0.1:70/", "unix:///var/run/docker.sock"])
    func otherSchemesAreNotContainerNames(target: String) throws {
        let result = try ShipshapeProcess.run(["wait", target, "--timeout", "1s"], timeout: 30)
        #expect(result.status == 2, "\(target): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("wait checks http:// and https:// URLs or containers"), "\(result.stderr)")
    }

    @Test(arguments: ["0", "65536", "-1"])
    func tcpPortsOutOfRange(port: String) throws {
        let result = try ShipshapeProcess.run(
            ["wait", "some-container", "--tcp=\(port)", "--timeout", "1s"], timeout: 30)
        #expect(result.status == 2, "\(port): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("port number from 1 to 65535"), "\(result.stderr)")
    }

    /// A 1.6 MB name once made dockerd answer 431, reported as "Docker unreachable".
    @Test func hugeNamesAreUsageErrors() throws {
        let name = String(repeating: "n", count: 100_000)  // one argument holds at most 128 KiB
        for arguments in [["wait", name], ["wait", "--project", name], ["wait", "--service", name]] {
            let result = try ShipshapeProcess.run(arguments + ["--timeout", "1s"], timeout: 30)
            #expect(result.status == 2, "\(result.status) \(result.stderr.prefix(300))")
            #expect(result.stderr.contains("are at most 4096 bytes"), "\(result.stderr.prefix(300))")
        }
    }

    @Test func uppercaseSchemeIsAURL() throws {
        // Port 9 (discard) on loopback is closed: the URL is probed and refused, not looked up in Docker.
        let result = try ShipshapeProcess.run(["wait", "HTTP://127.0.0.1:9/", "--timeout", "1s"], timeout: 30)
        #expect(result.status == 1, "\(result.status) \(result.stdout) \(result.stderr)")
        #expect(!result.stderr.contains("Docker"), "\(result.stderr)")
    }

    @Test func hugePlanIsRefusedWithoutReadingItWhole() throws {
        let repository = try TemporaryRepository(files: [:])
        var plan = Data("targets:\n  web:\n    url: http://127.0.0.1:9/\n".utf8)
        plan.append(Data(repeating: UInt8(ascii: "#"), count: 2 << 20))
        try repository.write("shipshape.yml", plan)
        for command in [
            ["wait", "--plan", "shipshape.yml"], ["diagnose", "--plan", "shipshape.yml", "--project", "x"],
        ] {
            let result = try ShipshapeProcess.run(command, in: repository.path, timeout: 30)
            #expect(result.status == 2, "\(command): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("larger than 1 MiB"), "\(result.stderr)")
        }
    }

    @Test func endlessPlanIsRefused() throws {
        let result = try ShipshapeProcess.run(["wait", "--plan", "/dev/zero"], timeout: 30)
        #expect(result.status == 2, "\(result.status) \(result.stderr)")
        #expect(result.stderr.contains("larger than 1 MiB"), "\(result.stderr)")
    }
}
