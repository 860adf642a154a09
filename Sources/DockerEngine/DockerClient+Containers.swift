import Foundation

extension DockerClient {
    /// `GET /containers/json` with label/name/status filters.
    public func listContainers(_ filter: ContainerFilter) async throws -> [ContainerSummary] {
        var query: [(String, String)] = []
        if filter.all { query.append(("all", "1")) }
        let filters = filter.filtersJSON
        if !filters.isEmpty {
            query.append(("filters", String(decoding: try encode(filters), as: UTF8.self)))
        }
        let raw = try await perform(.GET, "/containers/json", query: query, operation: "container list")
        return try decode([ContainerSummary].self, raw)
    }

    /// `GET /containers/{id}/json`; throws `containerNotFound` for an unknown id or name.
    public func inspectContainer(_ id: String) async throws -> ContainerDetails {
        let raw = try await perform(
            .GET, "/containers/\(Self.escape(id))/json", notFound: .container(id), operation: "container inspect")
        return try decode(ContainerDetails.self, raw)
    }

    /// `POST /containers/create` — creates but does not start; returns the new id.
    public func createContainer(_ options: ContainerCreateOptions, name: String?) async throws -> String {
        struct Created: Decodable { let Id: String }
        let query = name.map { [("name", $0)] } ?? []
        let raw = try await perform(
            .POST, "/containers/create", query: query, body: try encode(options),
            notFound: .image(options.image), operation: "container create")
        return try decode(Created.self, raw).Id
    }

    /// `POST /containers/{id}/start`; starting a running container is not an error.
    public func startContainer(_ id: String) async throws {
        _ = try await perform(
            .POST, "/containers/\(Self.escape(id))/start", notFound: .container(id), operation: "container start")
    }

    /// `POST /containers/{id}/stop?t=` — SIGTERM, then SIGKILL after `graceSeconds`.
    public func stopContainer(_ id: String, graceSeconds: Int) async throws {
        _ = try await perform(
            .POST, "/containers/\(Self.escape(id))/stop", query: [("t", String(graceSeconds))],
            notFound: .container(id), operation: "container stop",
            timeout: requestTimeout + .seconds(graceSeconds))
    }

    /// `POST /containers/{id}/kill?signal=`.
    public func killContainer(_ id: String, signal: String) async throws {
        _ = try await perform(
            .POST, "/containers/\(Self.escape(id))/kill", query: [("signal", signal)],
            notFound: .container(id), operation: "container kill")
    }

    /// `DELETE /containers/{id}?force=&v=` — removes the container and its anonymous volumes.
    public func removeContainer(_ id: String, force: Bool) async throws {
        _ = try await perform(
            .DELETE, "/containers/\(Self.escape(id))", query: [("force", force ? "1" : "0"), ("v", "1")],
            notFound: .container(id), operation: "container remove")
    }

    /// `GET /images/{name}/json`; throws `imageNotFound` for an unknown reference.
    public func inspectImage(_ reference: String) async throws -> ImageDetails {
        let raw = try await perform(
            .GET, "/images/\(Self.escape(reference))/json", notFound: .image(reference), operation: "image inspect")
        return try decode(ImageDetails.self, raw)
    }
}
