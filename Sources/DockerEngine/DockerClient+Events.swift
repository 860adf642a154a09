import Foundation

extension DockerClient {
    /// Subscribes to `GET /events`; returns once dockerd accepted the subscription.
    ///
    /// Subscribe first, then inspect current state: that order cannot miss a transition.
    public func events(_ filter: EventFilter) async throws -> DockerEventStream {
        var query: [(String, String)] = []
        let filters = filter.filtersJSON
        if !filters.isEmpty {
            query.append(("filters", String(decoding: try encode(filters), as: UTF8.self)))
        }
        if let since = filter.since { query.append(("since", String(format: "%.9f", since))) }
        if let until = filter.until { query.append(("until", String(format: "%.9f", until))) }
        let response = try await open(.GET, "/events", query: query, operation: "events")
        return DockerEventStream(body: response.body)
    }
}
