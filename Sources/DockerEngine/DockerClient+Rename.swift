extension DockerClient {
    /// `POST /containers/{id}/rename?name=` — works on running containers; 409 when the name is taken.
    public func renameContainer(_ id: String, to name: String) async throws {
        _ = try await perform(
            .POST, "/containers/\(Self.escape(id))/rename", query: [("name", name)], notFound: .container(id),
            operation: "container rename")
    }
}
