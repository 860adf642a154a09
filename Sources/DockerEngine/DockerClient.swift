import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// A Docker Engine API client bound to one daemon and one negotiated API version.
///
/// Create it only through `withClient`, which owns the HTTP client and any ssh bridge and
/// shuts both down when the body returns or throws — no event loops or processes leak.
public struct DockerClient: Sendable {
    /// The daemon this client talks to.
    public let host: DockerHost
    /// The negotiated API version, e.g. "1.41"; every path is prefixed with `/v<apiVersion>`.
    public let apiVersion: String
    /// The daemon's own API version from `/_ping`.
    public let serverAPIVersion: String
    /// The limit for ordinary (non-streaming) calls.
    public let requestTimeout: Duration

    let http: HTTPClient
    /// `http+unix://<percent-encoded socket>` or `http://host:port`, without a trailing slash.
    let baseURL: String

    /// The newest API version whose fields these models were written against.
    public static let maxSupportedAPIVersion = "1.45"
    /// The oldest version accepted (exec/archive/health fields all exist from here on).
    public static let minSupportedAPIVersion = "1.24"

    /// Connects to `host` (default: `DOCKER_HOST`, else the local socket), negotiates the API
    /// version with `GET /_ping`, runs `body`, then shuts every resource down.
    ///
    /// `sshOptions` are extra `ssh` arguments for `ssh://` hosts (e.g. `["-i", key]`).
    public static func withClient<T>(
        host: DockerHost? = nil,
        requestTimeout: Duration = .seconds(10),
        sshOptions: [String] = [],
        isolation: isolated (any Actor)? = #isolation,
        _ body: (DockerClient) async throws -> T
    ) async throws -> T {
        let resolvedHost = try host ?? DockerHost.fromEnvironment()
        let transport = try await DockerTransport.open(resolvedHost, sshOptions: sshOptions)
        var configuration = HTTPClient.Configuration()
        // No read timeout: events and logs streams are legitimately idle; each call has a deadline.
        // A local socket (dockerd's, or the ssh bridge's) connects at once or not at all; a short
        // connect timeout keeps AsyncHTTPClient's retries from hiding a daemon that went away.
        let connect: TimeAmount = if case .tcp = resolvedHost { .seconds(5) } else { .seconds(1) }
        configuration.timeout = .init(connect: connect, read: nil)
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        // diagnose stats dozens of paths per container at once; dockerd serves them in parallel.
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 32)
        let http = HTTPClient(
            eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.singleton),
            configuration: configuration)
        do {
            let probe = DockerClient(
                host: resolvedHost, apiVersion: "", serverAPIVersion: "",
                requestTimeout: requestTimeout, http: http, baseURL: transport.baseURL)
            let ping: PingResult
            do {
                ping = try await probe.ping()
            } catch {
                throw transport.explain(error)
            }
            let negotiated = try Self.negotiate(server: ping.apiVersion)
            let client = DockerClient(
                host: resolvedHost, apiVersion: negotiated, serverAPIVersion: ping.apiVersion,
                requestTimeout: requestTimeout, http: http, baseURL: transport.baseURL)
            let result = try await body(client)
            try await http.shutdown()
            await transport.close()
            return result
        } catch {
            try? await http.shutdown()
            await transport.close()
            throw error
        }
    }

    /// Picks min(server, newest supported); refuses daemons older than the oldest supported.
    static func negotiate(server: String) throws(DockerEngineError) -> String {
        guard let serverVersion = APIVersion(server) else {
            throw .invalidResponse("unparseable API version '\(server)'")
        }
        guard let minimum = APIVersion(minSupportedAPIVersion),
            let maximum = APIVersion(maxSupportedAPIVersion)
        else { throw .invalidResponse("bad built-in API versions") }
        guard serverVersion >= minimum else {
            throw .apiError(status: 0, message: "daemon API \(server) is older than \(minSupportedAPIVersion)")
        }
        return min(serverVersion, maximum).description
    }
}
