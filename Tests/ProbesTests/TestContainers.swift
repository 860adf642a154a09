import Foundation
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
        try HostCommand.run(["docker", "run", "-d", "--name", name] + options + [image] + arguments)
        do {
            let result = try await body(name)
            remove(name)
            return result
        } catch {
            remove(name)
            throw error
        }
    }

    static func remove(_ name: String) {
        _ = try? HostCommand.run(["docker", "rm", "-f", name])
    }
}
