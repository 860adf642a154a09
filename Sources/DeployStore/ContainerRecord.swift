/// One container of a service as a deploy record keeps it: its id and its name at the time.
public struct ContainerRecord: Sendable, Codable, Equatable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
