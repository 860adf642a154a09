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
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else {
                throw DockerEngineError.timeout(operation: operation, seconds: limit.seconds)
            }
            guard let value = first else {
                throw DockerEngineError.timeout(operation: operation, seconds: limit.seconds)
            }
            return value
        }
    }
}

extension Duration {
    /// The duration in (fractional) seconds, for messages.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
