import NIOCore
import NIOPosix
import ShipshapeCore
import TCPConnection

/// Opens TCP connections through the shared `TCPConnect` and names failures in the dependency
/// checks' words.
enum Connector {
    /// Connects, running `initializer` on the new channel; DNS resolution is inside the deadline.
    static func connect(
        host: String, port: Int, limit: Duration,
        initializer: @escaping @Sendable (any Channel) -> EventLoopFuture<Void> = {
            $0.eventLoop.makeSucceededVoidFuture()
        }
    ) async throws -> any Channel {
        do {
            return try await TCPConnect.open(host: host, port: port, limit: limit, initializer: initializer)
        } catch {
            throw failure(error)
        }
    }

    /// The cause of a failed connection attempt (also of one PostgresNIO made).
    static func classify(_ error: any Error, host: String, port: Int, limit: Duration) -> DependencyProbesError {
        if let error = error as? DependencyProbesError { return error }
        return failure(
            error as? TCPConnectError ?? TCPConnectError(classifying: error, host: host, port: port, limit: limit))
    }

    private static func failure(_ error: TCPConnectError) -> DependencyProbesError {
        let at = "\(error.host):\(error.port)"
        switch error.kind {
        case .refused: return .failed(.connectionRefused, "connection refused by \(at): nothing listens there")
        case .dnsFailure: return .failed(.dnsFailure, "cannot resolve host '\(error.host)'")
        case .timedOut: return .timedOut("connect to \(at)", error.limit)
        case .unreachable: return .failed(.connectionFailed, "\(at) is unreachable")
        case .other: return .failed(.connectionFailed, "cannot connect to \(at): \(error.detail)")
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
