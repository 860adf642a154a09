import Foundation
import TestSupport
import Testing

/// Runs the built `shipshape` binary and captures what it prints.
struct ShipshapeProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// True when the process ended by a signal (a crash) rather than exiting.
        let crashed: Bool
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `SHIPSHAPE_BIN` (set by scripts/test), else the debug build.
    static var binary: String {
        ProcessInfo.processInfo.environment["SHIPSHAPE_BIN"]
            ?? packageRoot.appendingPathComponent(".build/debug/shipshape").path
    }

    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/\(name)").path
    }

    /// Runs `shipshape ARGS` in `directory`; kills it and records an issue past `timeout` seconds.
    static func run(
        _ arguments: [String], in directory: String? = nil, timeout: TimeInterval = 60,
        environment extra: [String: String] = [:]
    ) throws -> Result {
        var environment = ["NO_COLOR": "1", "GITHUB_ACTIONS": ""]
        environment.merge(extra) { _, new in new }
        let result = try HostProcess.run(
            [binary] + arguments, in: directory ?? packageRoot.path, environment: environment, timeout: timeout)
        if result.timedOut {
            Issue.record("shipshape \(arguments.joined(separator: " ")) did not finish within \(timeout) s")
        }
        return Result(status: result.status, stdout: result.stdout, stderr: result.stderr, crashed: result.crashed)
    }
}
