import DockerEngine
import Foundation
import TestSupport
import Testing

/// The ssh:// transport against a real sshd on 127.0.0.1 whose root runs the docker CLI's
/// `docker system dial-stdio` to reach the local dockerd.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct SSHTransportTests {
    @Test func pingListAndExecOverSSH() async throws {
        let bridgesBefore = Set(
            (try? FileManager.default.contentsOfDirectory(atPath: "/tmp"))?.filter { $0.hasPrefix("shipshape-ssh-") }
                ?? [])
        let server = try LocalSSHServer.start()
        defer { server.stop() }
        let host = try DockerHost.parse("ssh://root@127.0.0.1:\(server.port)")
        let clock = ContinuousClock()
        let start = clock.now
        try await DockerClient.withClient(host: host, sshOptions: server.sshOptions) { client in
            print("ssh connect + ping: \(EngineIntegrationTests.ms(clock.now - start))")
            #expect(client.apiVersion == "1.41")
            let version = try await client.version()
            #expect(version.apiVersion == "1.41")
            var samples: [Duration] = []
            for _ in 0..<3 {
                samples.append(try await client.ping().roundTrip)
            }
            print("ping over ssh (pooled connection): \(samples.map(EngineIntegrationTests.ms))")
            _ = try await client.listContainers(ContainerFilter(all: true))
            await #expect(throws: DockerEngineError.containerNotFound("shipshape-test-none")) {
                try await client.inspectContainer("shipshape-test-none")
            }
        }
        // The bridge directory is gone afterwards (directories left by an earlier, killed run do not count).
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "/tmp").filter {
            $0.hasPrefix("shipshape-ssh-")
        }
        #expect(Set(leftovers).subtracting(bridgesBefore).isEmpty, "\(leftovers)")
    }

    @Test func execStreamsOverSSH() async throws {
        // Images first: host commands run while this sshd lives can hang (see LocalSSHServer).
        let images = try TestImages.build(variant: "-ssh")
        defer { images.remove() }
        let server = try LocalSSHServer.start()
        defer { server.stop() }
        let host = DockerHost.ssh(user: "root", host: "127.0.0.1", port: server.port)
        try await DockerClient.withClient(host: host, sshOptions: server.sshOptions) { client in
            let options = ContainerCreateOptions(image: images.busybox, cmd: ["sleep", "60"])
            try await TestContainers.with(client, options, hint: "ssh") { id in
                let result = try await client.exec(in: id, ExecOptions(["sh", "-c", "echo via-ssh; echo e >&2"]))
                #expect(result.exitCode == 0)
                #expect(result.stdout == "via-ssh\n")
                #expect(result.stderr == "e\n")
                #expect(try await client.statPath("/bin/busybox", inContainer: id) != nil)
            }
        }
    }

    @Test func rejectedKeyIsReportedWithSSHStderr() async throws {
        let server = try LocalSSHServer.start()
        defer { server.stop() }
        var options = server.sshOptions
        options[1] = server.unauthorisedKey
        let host = DockerHost.ssh(user: "root", host: "127.0.0.1", port: server.port)
        do {
            try await DockerClient.withClient(host: host, requestTimeout: .seconds(5), sshOptions: options) { _ in }
            Issue.record("an unauthorised key connected")
        } catch let error as DockerEngineError {
            #expect(error.code == "ssh-transport-failed", "\(error)")
            #expect(error.localizedDescription.contains("Permission denied"), "\(error.localizedDescription)")
        }
    }
}
