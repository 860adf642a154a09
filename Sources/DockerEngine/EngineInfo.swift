/// The fields of `GET /info` deploy reads.
public struct EngineInfo: Sendable, Codable, Equatable {
    /// Where the daemon keeps images and containers (`/var/lib/docker`).
    public let dockerRootDir: String?
    public let name: String?

    enum CodingKeys: String, CodingKey {
        case dockerRootDir = "DockerRootDir"
        case name = "Name"
    }
}
