extension DockerClient {
    /// `GET /containers/{id}/stats?stream=false&one-shot=true`: one sample, answered at once.
    ///
    /// Without `one-shot` dockerd waits a second to fill in the previous sample; callers that
    /// need a CPU rate take two samples and use `ContainerStats.cpuPercent(since:)`.
    public func stats(of container: String) async throws -> ContainerStats {
        let raw = try await perform(
            .GET, "/containers/\(Self.escape(container))/stats", query: [("stream", "false"), ("one-shot", "true")],
            notFound: .container(container), operation: "container stats")
        return try decode(ContainerStats.self, raw)
    }
}
