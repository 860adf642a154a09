import Foundation
import TestSupport
import Testing

/// Real containers for the `wait` end-to-end tests: a scratch image with static busybox
/// (sh, wget, httpd — no curl), built once per run with the docker CLI as test set-up.
enum DockerFixture {
    static let image = "shipshape-e2e/busybox:test"

    /// Runs a host command; returns status and combined output.
    @discardableResult
    static func host(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try HostProcess.run(arguments)
        return (result.status, result.stdout + result.stderr)
    }

    /// Builds the busybox image (idempotent); fails the test when Docker is unavailable.
    static func buildImage() throws {
        let dockerfile = """
            FROM scratch
            COPY busybox /bin/busybox
            RUN ["/bin/busybox", "--install", "-s", "/bin"]
            RUN mkdir -p /www && echo '{"status":"healthy","version":"abc1234"}' > /www/health
            CMD ["/bin/sh"]

            """
        do {
            try ScratchImage.build(tag: image, dockerfile: dockerfile, files: ["busybox": "/bin/busybox"])
        } catch {
            Issue.record("docker build failed (is dockerd running? scripts/docker-up): \(error)")
            throw error
        }
    }

    /// Starts a container serving `/www` on port 8080 after `delay` seconds; removed by the caller.
    static func startServer(name: String, delay: Double = 0, publish: Bool = false) throws {
        var arguments = ["docker", "run", "-d", "--name", name]
        if publish { arguments += ["-p", "127.0.0.1::8080"] }
        arguments += [image, "sh", "-c", "sleep \(delay); exec httpd -f -p 8080 -h /www"]
        let result = try host(arguments)
        try #require(result.status == 0, "docker run failed: \(result.output)")
    }

    static func remove(_ name: String) {
        _ = try? host(["docker", "rm", "-f", name])
    }

    static func uniqueName(_ stem: String) -> String {
        "shipshape-e2e-\(stem)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
