/// A request `shipshape diagnose` sends to a running service, with the outcome it must get.
///
/// The seed's login check is one: `POST /api/v1/auth/login` with wrong credentials must answer
/// 401 or 422, never a 5xx. A smoke test either goes to a plan target's container (reached from
/// outside, like `wait`'s probes) or to an absolute URL.
public struct SmokeTest: Sendable, Hashable, Codable {
    /// The name shown in output (`login-wrong-password`).
    public var name: String
    /// A target of the same plan whose container receives the request; nil for an absolute URL.
    public var target: String?
    /// Port, path (or absolute URL), method, headers and the conditions the response must meet;
    /// without conditions, a 2xx status (or, for a CORS check, only the CORS headers) is expected.
    public var request: HTTPProbeSpec
    /// The request body, sent as is (set `Content-Type` in `request.headers`).
    public var body: String?
    /// When set, the request is a CORS preflight (`OPTIONS` with `Origin`) judged by `cors`.
    public var cors: CORSExpectation?

    public init(
        name: String, target: String?, request: HTTPProbeSpec, body: String? = nil, cors: CORSExpectation? = nil
    ) {
        self.name = name
        self.target = target
        self.request = request
        self.body = body
        self.cors = cors
    }
}

/// What a CORS preflight must answer for one origin.
public struct CORSExpectation: Sendable, Hashable, Codable {
    /// The `Origin` sent (`https://app.example.com`).
    public var origin: String
    /// `Access-Control-Request-Method` (default `GET`).
    public var method: String
    /// Whether the origin must be allowed (true) or refused (false).
    public var allowed: Bool
    /// When set, `Access-Control-Allow-Credentials: true` must (or must not) be present; with
    /// credentials the allowed origin must be the origin itself, never `*`.
    public var credentials: Bool?

    public init(origin: String, method: String = "GET", allowed: Bool = true, credentials: Bool? = nil) {
        self.origin = origin
        self.method = method
        self.allowed = allowed
        self.credentials = credentials
    }
}
