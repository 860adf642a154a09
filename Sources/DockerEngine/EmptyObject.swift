/// The `{}` values the API uses for set-like maps such as `ExposedPorts`.
public struct EmptyObject: Sendable, Codable, Equatable, Hashable {
    public init() {}
}
