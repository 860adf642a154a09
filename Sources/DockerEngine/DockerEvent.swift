/// One object of the `GET /events` stream.
public struct DockerEvent: Sendable, Codable, Equatable {
    /// "container", "image", "network", "volume", …
    public let type: String
    /// "create", "start", "die", "health_status: healthy", "oom", …
    public let action: String
    public let actor: Actor
    /// Unix seconds.
    public let time: Int64?
    public let timeNano: Int64?

    enum CodingKeys: String, CodingKey {
        case type = "Type"
        case action = "Action"
        case actor = "Actor"
        case time
        case timeNano
    }

    /// The object the event is about.
    public struct Actor: Sendable, Codable, Equatable {
        /// Container id, image id, …
        public let id: String
        /// Labels plus `name`, `image`, `exitCode` and similar, depending on the event.
        public let attributes: [String: String]?

        enum CodingKeys: String, CodingKey {
            case id = "ID"
            case attributes = "Attributes"
        }
    }
}
