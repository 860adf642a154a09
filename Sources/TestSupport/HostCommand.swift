import Foundation

/// Host commands for tests (`docker build`, `ldd`, `chmod`…), on `HostProcess`.
public enum HostCommand {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Runs `arguments` (argv[0] looked up in PATH) and returns trimmed stdout; throws on a non-zero exit.
    @discardableResult
    public static func run(_ arguments: [String]) throws -> String {
        let result = try HostProcess.run(arguments)
        guard result.status == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `run` on a dispatch thread: a blocking `docker run` must not hold one of the few cooperative
    /// threads the code under test needs (on a 2-core machine that starves every other test).
    @discardableResult
    public static func runAsync(_ arguments: [String]) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try run(arguments) })
            }
        }
    }
}
