import NIOCore
import NIOPosix
import ShipshapeCore

#if canImport(Glibc)
    import Glibc
#endif

/// The one place a TCP connection is opened with a deadline and a failure is named: refused, DNS,
/// timeout or unreachable. The wait probes, the dependency checks and the Docker Engine client each
/// turn a `TCPConnectError` into their own words.
///
/// AsyncHTTPClient retries a refused connection until its request deadline, which would turn
/// "nothing listens on that port" into a vague timeout; a direct connect reports it at once.
package enum TCPConnect {
    /// A connected channel, after `initializer` ran on it; name resolution is inside `limit`.
    package static func open(
        host: String, port: Int, limit: Duration,
        initializer: @escaping @Sendable (any Channel) -> EventLoopFuture<Void> = {
            $0.eventLoop.makeSucceededVoidFuture()
        }
    ) async throws(TCPConnectError) -> any Channel {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.nanoseconds(max(1_000_000, limit.nanoseconds)))
            .channelInitializer(initializer)
        let connection = bootstrap.connect(host: host, port: port)
        do {
            guard let channel = try await TimeLimit.run(limit, { try await connection.get() }) else {
                // Resolving can outlast the deadline; a connection made after it is closed at once.
                connection.whenSuccess { $0.close(promise: nil) }
                throw TCPConnectError(.timedOut, host: host, port: port, limit: limit)
            }
            return channel
        } catch let error as TCPConnectError {
            throw error
        } catch {
            connection.whenSuccess { $0.close(promise: nil) }
            throw TCPConnectError(classifying: error, host: host, port: port, limit: limit)
        }
    }

    /// Opens and closes one connection: nil when it opened, else why not.
    package static func check(host: String, port: Int, limit: Duration) async -> TCPConnectError? {
        do {
            let channel = try await open(host: host, port: port, limit: limit)
            try? await channel.close()
            return nil
        } catch {
            return error
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let parts = components
        return parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000
    }
}
