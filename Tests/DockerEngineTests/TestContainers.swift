import DockerEngine
import Foundation
import Testing

/// Container helpers that always clean up, also when the test body throws.
enum TestContainers {
    /// A unique container name for this run.
    static func uniqueName(_ hint: String) -> String {
        "shipshape-test-\(hint)-\(TestImages.runID)-\(UUID().uuidString.prefix(6).lowercased())"
    }

    /// The images built for this run; fails the test when the fixture did not run.
    static func images() throws -> TestImages {
        try #require(TestImages.current, "DockerFixture did not build the test images")
    }

    /// Creates (and by default starts) a container, runs `body`, then force-removes it.
    static func with<T>(
        _ client: DockerClient, _ options: ContainerCreateOptions, hint: String = "c", start: Bool = true,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (String) async throws -> T
    ) async throws -> T {
        let id = try await client.createContainer(options, name: uniqueName(hint))
        do {
            if start { try await client.startContainer(id) }
            let result = try await body(id)
            try? await client.removeContainer(id)
            return result
        } catch {
            try? await client.removeContainer(id)
            throw error
        }
    }

    /// Polls `condition` every 100 ms until it holds or `limit` passes.
    static func waitUntil(
        _ limit: Duration = .seconds(15), isolation: isolated (any Actor)? = #isolation,
        _ condition: () async throws -> Bool
    ) async throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while clock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}
