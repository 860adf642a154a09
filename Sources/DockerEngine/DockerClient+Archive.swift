import Foundation

extension DockerClient {
    /// Stats `path` inside a container's filesystem without exec: nil when it does not exist.
    ///
    /// `HEAD /containers/{id}/archive?path=` works on created-but-not-started containers and on
    /// images with no shell at all (scratch, distroless). A HEAD 404 carries no body, so a
    /// container inspect tells "no such container" from "no such path".
    ///
    /// - Parameter confirmContainer: on a 404, inspect the container to tell "no such container"
    ///   from "no such path". A caller that has just created the container may skip that call.
    public func statPath(_ path: String, inContainer container: String, confirmContainer: Bool) async throws
        -> PathStat?
    {
        let raw = try await perform(
            .HEAD, "/containers/\(Self.escape(container))/archive", query: [("path", path)],
            notFound: .passThrough, operation: "archive stat")
        if raw.status == 404 {
            if confirmContainer { _ = try await inspectContainer(container) }
            return nil
        }
        guard let header = raw.headers.first(name: "X-Docker-Container-Path-Stat"),
            let json = Data(base64Encoded: header)
        else {
            throw DockerEngineError.invalidResponse("archive HEAD without a valid X-Docker-Container-Path-Stat header")
        }
        do {
            return try JSONDecoder().decode(PathStat.self, from: json)
        } catch {
            throw DockerEngineError.invalidResponse("cannot decode path stat: \(error)")
        }
    }
}

extension DockerEngineAPI {
    /// Stats several paths in an image by creating (never starting) a throwaway container.
    ///
    /// The entrypoint is overridden with a dummy so images without CMD/ENTRYPOINT can be created;
    /// the container is removed afterwards even when a stat fails.
    public func statPaths(_ paths: [String], inImage image: String) async throws -> [String: PathStat?] {
        try await withStatContainer(of: image) { id in
            var result: [String: PathStat?] = [:]
            for path in paths {
                result[path] = try await statPath(path, inContainer: id, confirmContainer: false)
            }
            return result
        }
    }

    /// Runs `body` with a created, never started container of `image`, removed afterwards even on error.
    public func withStatContainer<T: Sendable>(
        of image: String, isolation: isolated (any Actor)? = #isolation, _ body: (String) async throws -> T
    ) async throws -> T {
        let id = try await createContainer(
            ContainerCreateOptions(
                image: image, entrypoint: ["/shipshape-stat-probe"], cmd: [],
                labels: StatProbeContainers.labels))
        do {
            let result = try await body(id)
            try await removeContainer(id)
            return result
        } catch {
            try? await removeContainer(id)
            throw error
        }
    }
}
