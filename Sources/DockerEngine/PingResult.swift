/// The answer of `GET /_ping`: liveness plus the daemon's API version header.
public struct PingResult: Sendable, Equatable {
    /// The `API-Version` response header, e.g. "1.41".
    public let apiVersion: String
    /// The `OSType` header ("linux" or "windows"), when sent.
    public let osType: String?
    /// How long the round trip took.
    public let roundTrip: Duration
}
