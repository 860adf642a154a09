import DockerEngine
import Foundation
import Testing

extension EngineIntegrationTests {
    @Test func execSuccessCapturesBothStreams() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            let options = ContainerCreateOptions(image: images.busybox, cmd: ["sleep", "60"])
            try await TestContainers.with(client, options, hint: "exec") { id in
                let result = try await client.exec(
                    in: id,
                    ExecOptions(
                        ["sh", "-c", "echo hello $GREETING; pwd; id -u; echo warn >&2; exit 3"],
                        env: ["GREETING=there"], user: "1234", workingDir: "/bin"))
                #expect(result.exitCode == 3)
                #expect(result.stdout == "hello there\n/bin\n1234\n")
                #expect(result.stderr == "warn\n")
                #expect(!result.timedOut)
                #expect(result.startFailure == nil)

                var samples: [Duration] = []
                for _ in 0..<5 {
                    let quick = try await client.exec(in: id, ExecOptions(["true"]))
                    #expect(quick.exitCode == 0)
                    samples.append(quick.duration)
                }
                print("exec round trip (create+start+inspect): \(samples.sorted().map(Self.ms))")
            }
        }
    }

    @Test func execOfMissingProgramInCurlOnlyImage() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            // curl blocks reading the open stdin: the only way to keep a tool-only image running.
            let options = ContainerCreateOptions(
                image: images.curlOnly, cmd: ["-sS", "file:///dev/stdin", "-o", "/dev/null"], openStdin: true)
            try await TestContainers.with(client, options, hint: "curl") { id in
                let state = try await client.inspectContainer(id).state
                let early = try await client.logs(of: id, LogOptions(tail: 20))
                #expect(state.running, "curl container stopped: exit \(state.exitCode), logs: \(early.entries)")
                let missing = try await client.exec(
                    in: id, ExecOptions(["wget", "-q", "-O-", "http://127.0.0.1:8080/health"]))
                #expect(missing.exitCode == 126 || missing.exitCode == 127)
                #expect(missing.stderr.contains("executable file not found"))
                #expect(missing.startFailure?.contains("\"wget\": executable file not found in $PATH") == true)
                #expect(missing.executableNotFound)
                #expect(missing.stdout.isEmpty)

                let present = try await client.exec(in: id, ExecOptions(["curl", "--version"]))
                #expect(present.exitCode == 0)
                #expect(present.stdout.hasPrefix("curl "))
            }
        }
    }

    @Test func execOfShellInImageWithoutShell() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            try await TestContainers.with(client, ContainerCreateOptions(image: images.noShell), hint: "noshell") {
                id in
                let result = try await client.exec(in: id, ExecOptions(["/bin/sh", "-c", "true"]))
                #expect(result.exitCode == 126 || result.exitCode == 127)
                #expect(result.startFailure?.contains("no such file or directory") == true)
                #expect(result.executableNotFound)
            }
        }
    }

    @Test func execTimeoutReturnsPromptly() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            let options = ContainerCreateOptions(image: images.busybox, cmd: ["sleep", "60"])
            try await TestContainers.with(client, options, hint: "timeout") { id in
                let clock = ContinuousClock()
                let start = clock.now
                let result = try await client.exec(
                    in: id, ExecOptions(["sh", "-c", "echo started; sleep 5"], timeout: .seconds(1)))
                let elapsed = clock.now - start
                #expect(result.timedOut)
                #expect(result.exitCode == nil)
                #expect(result.stdout == "started\n", "partial output is kept")
                #expect(elapsed < .seconds(2.5), "took \(elapsed)")
                print("exec timeout returned after \(Self.ms(elapsed))")
                // The client is still usable after a cancelled exec.
                #expect(try await client.exec(in: id, ExecOptions(["true"])).exitCode == 0)
            }
        }
    }

    @Test func execOutputIsCapped() async throws {
        let images = try TestContainers.images()
        try await DockerClient.withClient(host: .local) { client in
            let options = ContainerCreateOptions(image: images.busybox, cmd: ["sleep", "60"])
            try await TestContainers.with(client, options, hint: "cap") { id in
                let result = try await client.exec(
                    in: id,
                    ExecOptions(["sh", "-c", "yes | head -c 300000; yes e | head -c 5000 >&2"], outputLimit: 1000))
                #expect(result.exitCode == 0)
                #expect(result.stdout.utf8.count == 1000)
                #expect(result.stdoutTruncated)
                #expect(result.stderr.utf8.count == 1000)
                #expect(result.stderrTruncated)
            }
        }
    }
}
