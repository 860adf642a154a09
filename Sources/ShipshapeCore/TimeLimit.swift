/// Races async work against a time limit: the one place the "task group with a sleeping sibling"
/// pattern lives. Each layer maps a timeout to its own error (`DockerEngineError.timeout`,
/// `ProbeTimeout`, `DependencyProbesError.timedOut`, a timed-out diagnosis check).
public enum TimeLimit {
    /// The value of `work`, or nil when `limit` passes first; the loser is cancelled.
    public static func run<T: Sendable>(
        _ limit: Duration, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
