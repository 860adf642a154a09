import DockerEngine
import Foundation
import Testing

extension EngineIntegrationTests {
    @Test func containerNotFound() async throws {
        try await DockerClient.withClient(host: .local) { client in
            let name = "shipshape-test-no-such-container-\(UUID().uuidString.prefix(8))"
            await #expect(throws: DockerEngineError.containerNotFound(name)) {
                try await client.inspectContainer(name)
            }
            await #expect(throws: DockerEngineError.containerNotFound(name)) {
                try await client.exec(in: name, ExecOptions(["true"]))
            }
            await #expect(throws: DockerEngineError.containerNotFound(name)) {
                try await client.statPath("/bin/sh", inContainer: name)
            }
            await #expect(throws: DockerEngineError.containerNotFound(name)) {
                try await client.logs(of: name)
            }
            await #expect(throws: DockerEngineError.imageNotFound("shipshape-test/absent:none")) {
                try await client.inspectImage("shipshape-test/absent:none")
            }
        }
    }

    @Test func apiErrorCarriesDaemonMessage() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            try await TestContainers.with(
                client, ContainerCreateOptions(image: images.busybox), hint: "conflict", start: false
            ) { id in
                // Exec in a created (not running) container: dockerd answers 409 with a JSON message.
                do {
                    _ = try await client.exec(in: id, ExecOptions(["true"]))
                    Issue.record("exec in a stopped container succeeded")
                } catch let error as DockerEngineError {
                    guard case .apiError(let status, let message) = error else {
                        Issue.record("unexpected \(error)")
                        return
                    }
                    #expect(status == 409)
                    #expect(message.contains("is not running"))
                    #expect(error.code == "api-error")
                }
            }
        }
    }

    @Test func daemonUnreachableOnMissingSocket() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try await DockerClient.withClient(host: .unix(path: "/tmp/nonexistent.sock")) { _ in }
            Issue.record("connected to a socket that does not exist")
        } catch let error as DockerEngineError {
            #expect(error.code == "daemon-unreachable")
            #expect(
                error.localizedDescription
                    == "Docker daemon not reachable at unix:///tmp/nonexistent.sock: No such file or directory — is dockerd running?"
            )
        }
        #expect(clock.now - start < .seconds(1))
    }

    @Test func daemonUnreachableOnRefusedTCPPort() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try await DockerClient.withClient(host: .tcp(host: "127.0.0.1", port: 1), requestTimeout: .seconds(3)) {
                _ in
            }
            Issue.record("connected to 127.0.0.1:1")
        } catch let error as DockerEngineError {
            #expect(error.code == "daemon-unreachable", "\(error)")
            #expect(error.localizedDescription.contains("Connection refused"))
            print("tcp refused: \(error.localizedDescription) after \(Self.ms(clock.now - start))")
        }
        #expect(clock.now - start < .seconds(1))
    }

    @Test func invalidDockerHostFromEnvironment() async throws {
        await #expect {
            try await DockerClient.withClient(host: try DockerHost.fromEnvironment(["DOCKER_HOST": "fd://"])) { _ in }
        } throws: { error in
            (error as? DockerEngineError)?.code == "invalid-docker-host"
        }
    }
}
