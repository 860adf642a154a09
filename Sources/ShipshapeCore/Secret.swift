/// A value that must never be printed: its description and dump are masked.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The value itself, for the one place that must send it (a connection, a header).
    public let exposedValue: String

    public init(_ value: String) {
        exposedValue = value
    }

    public var description: String { SecretMasker.mask }
    public var debugDescription: String { "Secret(\(SecretMasker.mask))" }
}
