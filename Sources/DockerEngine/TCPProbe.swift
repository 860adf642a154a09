import NIOCore
import NIOPosix

/// Opens and closes one TCP connection before any HTTP traffic.
///
/// AsyncHTTPClient keeps retrying a refused connection until the request deadline, which turns
/// "nothing listens on that port" into a vague timeout; one direct attempt reports it at once.
enum TCPProbe {
    static func check(host: String, port: Int, endpoint: String) async throws {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(5))
        do {
            let channel = try await bootstrap.connect(host: host, port: port).get()
            try? await channel.close()
        } catch let error as NIOConnectionError {
            if let failure = error.connectionErrors.first?.error as? IOError {
                throw DockerClient.map(errno: failure.errnoCode, endpoint: endpoint)
            }
            let reason = error.dnsAError != nil || error.dnsAAAAError != nil
                ? "cannot resolve host '\(host)'" : "\(error)"
            throw DockerEngineError.daemonUnreachable(endpoint: endpoint, reason: reason)
        } catch let error as IOError {
            throw DockerClient.map(errno: error.errnoCode, endpoint: endpoint)
        } catch ChannelError.connectTimeout {
            throw DockerEngineError.daemonUnreachable(endpoint: endpoint, reason: "connect timed out after 5 s")
        } catch {
            throw DockerEngineError.daemonUnreachable(endpoint: endpoint, reason: "\(error)")
        }
    }
}
