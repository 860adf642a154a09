import ShipshapeCore

/// Thrown when a probe step exceeds the attempt timeout.
package struct ProbeTimeout: Error, CustomStringConvertible {
    package let milliseconds: Int
    package var description: String { "timed out after \(milliseconds) ms" }

    /// Runs `operation`, cancelling it and throwing `ProbeTimeout` after `milliseconds` of real time.
    ///
    /// Probes talk to real sockets, so this uses real time rather than the injected wait clock.
    package static func run<T: Sendable>(
        _ milliseconds: Int, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        guard let value = try await TimeLimit.run(.milliseconds(max(1, milliseconds)), operation) else {
            throw ProbeTimeout(milliseconds: milliseconds)
        }
        return value
    }
}
