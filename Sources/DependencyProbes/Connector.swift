import NIOCore
import NIOPosix
import ShipshapeCore

#if canImport(Glibc)
    import Glibc
#endif

/// Opens TCP connections with a deadline and names why one could not be opened.
enum Connector {
    /// Connects, running `initializer` on the new channel; DNS resolution is inside the deadline.
    static func connect(
        host: String, port: Int, limit: Duration,
        initializer: @escaping @Sendable (any Channel) -> EventLoopFuture<Void> = {
            $0.eventLoop.makeSucceededVoidFuture()
        }
    ) async throws -> any Channel {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.nanoseconds(Int64(limit.seconds * 1e9)))
            .channelInitializer(initializer)
        let connection = bootstrap.connect(host: host, port: port)
        do {
            return try await withDeadline("connect to \(host):\(port)", limit) { try await connection.get() }
        } catch {
            // Resolving can outlast the deadline; a connection made after it is closed at once.
            connection.whenSuccess { $0.close(promise: nil) }
            throw classify(error, host: host, port: port, limit: limit)
        }
    }

    /// The cause of a failed connection attempt.
    static func classify(_ error: any Error, host: String, port: Int, limit: Duration) -> DependencyProbesError {
        switch error {
        case let error as DependencyProbesError: return error
        case let error as NIOConnectionError:
            if let failure = error.connectionErrors.first?.error {
                return classify(failure, host: host, port: port, limit: limit)
            }
            if error.dnsAError != nil || error.dnsAAAAError != nil {
                return .failed(.dnsFailure, "cannot resolve host '\(host)'")
            }
            return .failed(.connectionFailed, "cannot connect to \(host):\(port): \(error)")
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED:
                return .failed(.connectionRefused, "connection refused by \(host):\(port): nothing listens there")
            case ETIMEDOUT: return .timedOut("connect to \(host):\(port)", limit)
            case EHOSTUNREACH, ENETUNREACH: return .failed(.connectionFailed, "\(host):\(port) is unreachable")
            default: return .failed(.connectionFailed, "cannot connect to \(host):\(port): \(error)")
            }
        case ChannelError.connectTimeout: return .timedOut("connect to \(host):\(port)", limit)
        case is SocketAddressError: return .failed(.dnsFailure, "cannot resolve host '\(host)'")
        default: return .failed(.connectionFailed, "cannot connect to \(host):\(port): \(error)")
        }
    }
}

/// Runs `work`, throwing `DependencyProbesError.timedOut` when `limit` passes first.
func withDeadline<T: Sendable>(
    _ step: String, _ limit: Duration, _ work: @escaping @Sendable () async throws -> T
) async throws -> T {
    guard let value = try await TimeLimit.run(limit, work) else {
        throw DependencyProbesError.timedOut(step, limit)
    }
    return value
}
