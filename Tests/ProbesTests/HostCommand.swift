import Foundation

/// Runs host commands for test set-up (`docker build`), never for the API under test.
enum HostCommand {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `arguments` (argv[0] looked up in PATH) and returns trimmed stdout; throws on non-zero exit.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stdout = String(decoding: outData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            let stderr = String(decoding: errData, as: UTF8.self)
            throw Failure(description: "\(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(stderr)")
        }
        return stdout
    }

    /// `run` on a dispatch thread: a blocking `docker run` must not hold one of the few cooperative
    /// threads the engine under test needs (on a 2-core machine that starves every other test).
    @discardableResult
    static func runAsync(_ arguments: [String]) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try run(arguments) })
            }
        }
    }
}
