import Foundation

extension DockerClient {
    /// `GET /_ping` (unversioned): proves the daemon answers and reports its API version.
    public func ping() async throws -> PingResult {
        let clock = ContinuousClock()
        let start = clock.now
        let raw = try await perform(.GET, "/_ping", versioned: false, operation: "ping")
        let elapsed = clock.now - start
        guard let version = raw.headers.first(name: "API-Version") else {
            throw DockerEngineError.invalidResponse("/_ping answered without an API-Version header")
        }
        return PingResult(apiVersion: version, osType: raw.headers.first(name: "OSType"), roundTrip: elapsed)
    }

    /// `GET /info`: the daemon's data root and name.
    public func info() async throws -> EngineInfo {
        try decode(EngineInfo.self, try await perform(.GET, "/info", operation: "info"))
    }

    /// `GET /version`: engine release and API range.
    public func version() async throws -> EngineVersion {
        try decode(EngineVersion.self, try await perform(.GET, "/version", operation: "version"))
    }
}
