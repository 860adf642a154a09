import Foundation
import TestSupport

/// Runs host commands for test set-up (`docker build`), never for the API under test.
enum HostCommand {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `arguments` (argv[0] looked up in PATH) and returns trimmed stdout; throws on non-zero exit.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let result = try HostProcess.run(arguments)
        guard result.status == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
