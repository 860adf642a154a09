import ShipshapeCore

/// A server an app container depends on, as its environment names it.
public struct DependencyEndpoint: Sendable, Hashable {
    public var kind: DependencyKind
    /// The environment variable(s) it came from: `REDIS_URL`, or `POSTGRES_HOST/POSTGRES_PORT`.
    public var variable: String
    public var host: String
    public var port: Int
    public var user: String?
    public var password: Secret?
    /// PostgreSQL database, or Redis database number.
    public var database: String?
    /// `rediss://` or `sslmode=require`: the app expects TLS.
    public var tls: Bool
    /// The URL as read tolerantly, when the endpoint came from one.
    public var url: ConnectionURL?
    /// What a strict parser (urllib, redis-py) reads from the same URL, when it reads it
    /// differently: other host, port or password, or an error.
    public var strictReading: StrictURLReading?

    public init(
        kind: DependencyKind, variable: String, host: String, port: Int, user: String? = nil,
        password: Secret? = nil, database: String? = nil, tls: Bool = false, url: ConnectionURL? = nil,
        strictReading: StrictURLReading? = nil
    ) {
        self.kind = kind
        self.variable = variable
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
        self.url = url
        self.strictReading = strictReading
    }

    /// Characters of the URL's credentials written literally that must be percent-encoded.
    public var unencodedCharacters: [Character] { url?.unencodedCharacters ?? [] }

    /// The URL as written would not be read as intended by a strict client.
    public var passwordNeedsEncoding: Bool { !unencodedCharacters.isEmpty || strictReading != nil }

    /// A printable form with the password masked.
    public var display: String {
        if let url { return url.masked }
        var credentials = (user ?? "") + (password == nil ? "" : ":" + SecretMasker.mask)
        if !credentials.isEmpty { credentials += "@" }
        let scheme = kind == .postgres ? "postgresql" : kind.rawValue
        return "\(scheme)://\(credentials)\(host.contains(":") ? "[\(host)]" : host):\(port)"
            + (database.map { "/\($0)" } ?? "")
    }
}
