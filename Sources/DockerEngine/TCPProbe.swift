import TCPConnection

#if canImport(Glibc)
    import Glibc
#endif

/// Opens and closes one TCP connection to a `tcp://` daemon before any HTTP traffic (the shared
/// `TCPConnect`), so "nothing listens there" is said at once instead of after AsyncHTTPClient's retries.
enum TCPProbe {
    static func check(host: String, port: Int, endpoint: String) async throws {
        guard let failure = await TCPConnect.check(host: host, port: port, limit: .seconds(5)) else { return }
        switch failure.kind {
        case .refused: throw DockerClient.map(errno: ECONNREFUSED, endpoint: endpoint)
        case .unreachable: throw DockerClient.map(errno: EHOSTUNREACH, endpoint: endpoint)
        case .dnsFailure:
            throw DockerEngineError.daemonUnreachable(endpoint: endpoint, reason: "cannot resolve host '\(host)'")
        case .timedOut:
            throw DockerEngineError.daemonUnreachable(endpoint: endpoint, reason: "connect timed out after 5 s")
        case .other: throw DockerEngineError.daemonUnreachable(endpoint: endpoint, reason: failure.detail)
        }
    }
}
