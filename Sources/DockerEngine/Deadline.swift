import ShipshapeCore

/// Runs async work with a time limit, cancelling it when the limit passes.
///
/// AsyncHTTPClient's deadline only covers the response head; body streaming (logs, exec
/// output) needs its own limit, and cancelling the reading task cancels the HTTP request.
enum Deadline {
    /// Returns the operation's value, or throws `DockerEngineError.timeout` after `limit`.
    static func run<T: Sendable>(
        _ operation: String,
        limit: Duration,
        _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        guard let value = try await TimeLimit.run(limit, work) else {
            throw DockerEngineError.timeout(operation: operation, seconds: limit.seconds)
        }
        return value
    }
}

extension Duration {
    /// The duration in (fractional) seconds, for messages.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
