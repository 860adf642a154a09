import Foundation
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? packageRoot.path)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "GITHUB_ACTIONS")
        environment.merge(extra) { _, new in new }
        process.environment = environment
        // Output goes to files, not pipes, so a large report can never block the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shipshape-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning {
            process.terminate()
            Issue.record("shipshape \(arguments.joined(separator: " ")) did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return Result(
            status: process.terminationStatus, stdout: stdout, stderr: stderr,
            crashed: process.terminationReason == .uncaughtSignal)
    }
}
