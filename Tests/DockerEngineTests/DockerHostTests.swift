import Testing

@testable import DockerEngine

/// `DOCKER_HOST` parsing and API version negotiation (no daemon needed).
struct DockerHostTests {
    @Test func defaultsToLocalSocket() throws {
        #expect(try DockerHost.fromEnvironment([:]) == .unix(path: "/var/run/docker.sock"))
        #expect(try DockerHost.fromEnvironment(["DOCKER_HOST": ""]) == .local)
    }

    @Test(arguments: [
        ("unix:///run/user/1000/docker.sock", DockerHost.unix(path: "/run/user/1000/docker.sock")),
        ("unix://", DockerHost.unix(path: "/var/run/docker.sock")),
        ("tcp://127.0.0.1:2375", DockerHost.tcp(host: "127.0.0.1", port: 2375)),
        ("tcp://[::1]:2376", DockerHost.tcp(host: "::1", port: 2376)),
        ("tcp://docker.internal", DockerHost.tcp(host: "docker.internal", port: 2375)),
        ("ssh://deploy@build-1:2222", DockerHost.ssh(user: "deploy", host: "build-1", port: 2222)),
        ("ssh://build-1", DockerHost.ssh(user: nil, host: "build-1", port: nil)),
    ])
    func parses(_ text: String, _ expected: DockerHost) throws {
        #expect(try DockerHost.parse(text) == expected)
    }

    @Test(arguments: [
        "/var/run/docker.sock", "npipe:////./pipe/docker_engine", "tcp://:2375", "tcp://h:99999",
        "unix://relative.sock", "ssh://@host",
    ])
    func rejects(_ text: String) {
        #expect {
            try DockerHost.parse(text)
        } throws: { error in
            (error as? DockerEngineError)?.code == "invalid-docker-host"
        }
    }

    @Test func descriptionRoundTrips() throws {
        for text in ["unix:///var/run/docker.sock", "tcp://127.0.0.1:2375", "ssh://root@127.0.0.1:2222"] {
            #expect(try DockerHost.parse(text).description == text)
        }
    }

    @Test func negotiatesMinimumOfServerAndClient() throws {
        #expect(try DockerClient.negotiate(server: "1.41") == "1.41")
        #expect(try DockerClient.negotiate(server: "1.51") == DockerClient.maxSupportedAPIVersion)
        #expect(throws: DockerEngineError.self) { try DockerClient.negotiate(server: "1.12") }
    }

    @Test func errorCodesAndMessages() {
        let unreachable = DockerEngineError.daemonUnreachable(
            endpoint: "unix:///var/run/docker.sock", reason: "No such file or directory")
        #expect(unreachable.code == "daemon-unreachable")
        #expect(
            unreachable.localizedDescription
                == "Docker daemon not reachable at unix:///var/run/docker.sock: No such file or directory — is dockerd running?"
        )
        #expect(
            DockerEngineError.permissionDenied(endpoint: "unix:///x").localizedDescription.contains("docker' group"))
        #expect(DockerEngineError.apiError(status: 409, message: "busy").code == "api-error")
    }

    @Test func pathStatModeBits() {
        let link = PathStat(name: "sh", size: 12, mode: 0o777 | (1 << 27), linkTarget: "/bin/busybox")
        #expect(link.isSymlink && !link.isDirectory)
        let directory = PathStat(name: "bin", size: 0, mode: 0o755 | (1 << 31), linkTarget: "")
        #expect(directory.isDirectory && !directory.isExecutable)
    }
}
