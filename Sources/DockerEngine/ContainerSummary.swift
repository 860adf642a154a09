/// One row of `GET /containers/json`.
public struct ContainerSummary: Sendable, Codable, Equatable {
    public let id: String
    /// Names with dockerd's leading slash, e.g. "/web-1".
    public let names: [String]
    public let image: String
    public let imageID: String?
    /// "created", "running", "exited", …
    public let state: String
    /// Human text such as "Up 3 minutes (healthy)".
    public let status: String
    public let labels: [String: String]?

    enum CodingKeys: String, CodingKey {
        case id = "Id"
        case names = "Names"
        case image = "Image"
        case imageID = "ImageID"
        case state = "State"
        case status = "Status"
        case labels = "Labels"
    }
}
