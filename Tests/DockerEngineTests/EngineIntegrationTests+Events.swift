import DockerEngine
import Foundation
import Testing

extension EngineIntegrationTests {
    @Test func eventsStreamSeesStart() async throws {
        let images = try TestContainers.images()
        let marker = "events-\(UUID().uuidString.prefix(8).lowercased())"
        try await DockerClient.withClient(host: .local) { client in
            // Subscribe before starting: the request is open when events() returns.
            let stream = try await client.events(
                EventFilter(
                    types: ["container"], events: ["start", "die"], labels: ["dev.shipshape.marker=\(marker)"]))
            let options = ContainerCreateOptions(
                image: images.busybox, cmd: ["sleep", "60"], labels: ["dev.shipshape.marker": marker])
            try await TestContainers.with(client, options, hint: "events") { id in
                let first = try await withThrowingTaskGroup(of: DockerEvent?.self) { group in
                    group.addTask {
                        for try await event in stream { return event }
                        return nil
                    }
                    group.addTask {
                        try await Task.sleep(for: .seconds(10))
                        return nil
                    }
                    defer { group.cancelAll() }
                    return try await group.next() ?? nil
                }
                let event = try #require(first, "no start event within 10 s")
                #expect(event.type == "container")
                #expect(event.action == "start")
                #expect(event.actor.id == id)
                #expect(event.actor.attributes?["dev.shipshape.marker"] == marker)
                #expect(event.actor.attributes?["image"] == images.busybox)
            }
        }
    }

    @Test func eventsStreamEndsAtUntil() async throws {
        try await DockerClient.withClient(host: .local) { client in
            let now = Date().timeIntervalSince1970
            let stream = try await client.events(
                EventFilter(types: ["container"], labels: ["dev.shipshape.none=1"], since: now - 1, until: now + 1))
            var count = 0
            for try await _ in stream { count += 1 }
            #expect(count == 0)
        }
    }
}
