import AsyncHTTPClient
import Foundation

/// The byte path to the daemon: a base URL for AsyncHTTPClient plus whatever must be closed.
///
/// unix and tcp map straight onto AsyncHTTPClient URLs. ssh goes through `SSHBridge`, a
/// local unix socket whose every connection is piped through `ssh … docker system dial-stdio`,
/// so the HTTP layer is identical for all three.
struct DockerTransport: Sendable {
    let baseURL: String
    let bridge: SSHBridge?

    static func open(_ host: DockerHost) async throws -> DockerTransport {
        switch host {
        case .unix(let path):
            try UnixSocketProbe.check(path: path, endpoint: host.description)
            return DockerTransport(baseURL: try unixBaseURL(path, host: host), bridge: nil)
        case .tcp(let name, let port):
            try await TCPProbe.check(host: name, port: port, endpoint: host.description)
            let authority = name.contains(":") ? "[\(name)]:\(port)" : "\(name):\(port)"
            return DockerTransport(baseURL: "http://\(authority)", bridge: nil)
        case .ssh(let user, let name, let port):
            let bridge = try await SSHBridge.start(user: user, host: name, port: port)
            do {
                return DockerTransport(baseURL: try unixBaseURL(bridge.socketPath, host: host), bridge: bridge)
            } catch {
                await bridge.stop()
                throw error
            }
        }
    }

    func close() async {
        await bridge?.stop()
    }

    private static func unixBaseURL(_ path: String, host: DockerHost) throws(DockerEngineError) -> String {
        guard let url = URL(httpURLWithSocketPath: path, uri: "/") else {
            throw .invalidDockerHost(host.description, reason: "cannot encode socket path")
        }
        var text = url.absoluteString
        if text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
