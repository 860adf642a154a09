import DockerEngine
import Foundation
import TestSupport
import Testing

/// Containers started with the docker CLI (restart policies, memory limits, published ports are
/// host options the Engine client's create call does not expose), always removed afterwards.
enum TestContainers {
    static func uniqueName(_ hint: String) -> String {
        "shipshape-probes-\(hint)-\(TestImages.runID)-\(UUID().uuidString.prefix(6).lowercased())"
    }

    static func images() throws -> TestImages {
        try #require(TestImages.current, "DockerFixture did not build the test images")
    }

    /// `docker run -d --name NAME OPTIONS IMAGE ARGS`, then `body(name)`, then `docker rm -f`.
    static func with<T>(
        _ hint: String, options: [String] = [], image: String, _ arguments: [String] = [],
        isolation: isolated (any Actor)? = #isolation, _ body: (String) async throws -> T
    ) async throws -> T {
        let name = uniqueName(hint)
        try await HostCommand.runAsync(["docker", "run", "-d", "--name", name] + options + [image] + arguments)
        do {
            let result = try await body(name)
            await remove(name)
            return result
        } catch {
            await remove(name)
            throw error
        }
    }

    /// Creates and starts a container through the Engine API (tens of milliseconds, unlike the CLI), so
    /// timing tests start waiting right after the container started; force-removes it afterwards.
    static func started<T>(
        _ hint: String, image: String, _ command: [String], isolation: isolated (any Actor)? = #isolation,
        _ body: (String, ContinuousClock.Instant) async throws -> T
    ) async throws -> T {
        try await DockerClient.withClient(host: .local) { client in
            let id = try await client.createContainer(
                ContainerCreateOptions(image: image, cmd: command), name: uniqueName(hint))
            do {
                try await client.startContainer(id)
                let result = try await body(id, ContinuousClock.now)
                try? await client.removeContainer(id)
                return result
            } catch {
                try? await client.removeContainer(id)
                throw error
            }
        }
    }

    static func remove(_ name: String) async {
        _ = try? await HostCommand.runAsync(["docker", "rm", "-f", name])
    }
}
