import DockerEngine
import Foundation

/// The deploy lock of one project, kept on the Docker host itself: a container named `shipshape-lock-<project>`
/// that is created and never started. dockerd refuses a second container of that name (409), so taking the
/// lock is atomic for every runner that deploys to this host; the labels say who holds it.
public struct DeployLock: Sendable {
    let client: any DockerEngineAPI
    public let project: String

    public init(client: any DockerEngineAPI, project: String) {
        self.client = client
        self.project = project
    }

    public var containerName: String { "shipshape-lock-\(project)" }

    /// Takes the lock, taking over a stale one; retries until `waitUntil` while another deploy holds it.
    /// `image` is any image present on the host (the container never runs).
    /// Returns the stale holder it replaced, if any.
    @discardableResult
    public func acquire(as holder: LockHolder, image: String, waitUntil: Date? = nil) async throws -> LockHolder? {
        while true {
            do {
                _ = try await client.createContainer(
                    ContainerCreateOptions(image: image, entrypoint: ["/shipshape-lock"], labels: holder.labels),
                    name: containerName)
                return nil
            } catch DockerEngineError.apiError(let status, _) where status == 409 {
                guard let current = try await self.holder() else { continue }
                if current.isStale(now: Date(), localHost: holder.host) {
                    try? await client.removeContainer(containerName, force: true)
                    _ = try await client.createContainer(
                        ContainerCreateOptions(image: image, entrypoint: ["/shipshape-lock"], labels: holder.labels),
                        name: containerName)
                    return current
                }
                if let waitUntil, Date() < waitUntil {
                    try await Task.sleep(for: .milliseconds(250))
                    continue
                }
                throw DeployError.lockHeld(current)
            }
        }
    }

    /// The current holder; nil when the lock is free.
    public func holder() async throws -> LockHolder? {
        do {
            let details = try await client.inspectContainer(containerName)
            return LockHolder(labels: details.config.labels ?? [:])
                ?? LockHolder(
                    user: "unknown", host: "unknown", pid: 0, revision: "unknown", deployID: "unknown",
                    since: .distantPast, expires: .distantPast)
        } catch DockerEngineError.containerNotFound {
            return nil
        }
    }

    /// Releases the lock if `deployID` still holds it.
    public func release(deployID: String) async throws {
        guard let current = try await holder(), current.deployID == deployID else { return }
        try await client.removeContainer(containerName, force: true)
    }

    /// `deploy --unlock`: removes the lock whoever holds it; returns who did.
    public func forceRelease() async throws -> LockHolder? {
        let current = try await holder()
        if current != nil { try await client.removeContainer(containerName, force: true) }
        return current
    }
}
