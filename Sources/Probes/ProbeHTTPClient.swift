import AsyncHTTPClient
import NIOPosix
import NIOSSL

/// The HTTP clients probes use, for `wait` and `diagnose` alike.
public enum ProbeHTTPClient {
    /// - No redirects: a 3xx is reported (or followed by hand), never silently followed.
    /// - No connection-establishment retries: the caller's loop is the retry, and each attempt
    ///   reports its own failure (refused, TLS) at once instead of at the deadline.
    /// - One request per connection: every probe sees what a new client sees, and no probe fails
    ///   on a pooled connection the server has already closed (busybox httpd, HTTP/1.0 servers).
    /// - `verifyTLS` false for container routes, where Shipshape picked the address and no
    ///   certificate can name it.
    public static func make(connectTimeoutMilliseconds: Int, verifyTLS: Bool) -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.maximumUsesPerConnection = 1
        configuration.timeout = .init(connect: .milliseconds(Int64(max(100, connectTimeoutMilliseconds))), read: nil)
        if !verifyTLS {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.certificateVerification = .none
            configuration.tlsConfiguration = tls
        }
        return HTTPClient(
            eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.singleton), configuration: configuration)
    }
}
