import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a host program (here: `docker compose`, `git`) to its end; output goes through files, never pipes,
/// so a large output cannot block the child and no thread waits on it.
public enum CommandRunner {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// True when the program was stopped at its deadline (SIGTERM, then SIGKILL 5 s later).
        public var timedOut = false
    }

    /// Throws only when the program cannot be started (`DeployError.composeMissing` is the caller's to raise).
    /// With `timeoutMilliseconds`, the program gets SIGTERM at the deadline and SIGKILL 5 s later; a cancelled
    /// task stops it the same way.
    public static func run(
        _ executable: String, _ arguments: [String], directory: String? = nil,
        environment: [String: String]? = nil, timeoutMilliseconds: Int? = nil
    ) async throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("shipshape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try resolve(executable))
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let (ended, ending) = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { finished in
            ending.yield(finished.terminationStatus)
            ending.finish()
        }
        try process.run()
        let pid = process.processIdentifier
        let stopper = Stopper(pid: pid)
        let timer = timeoutMilliseconds.map { limit in
            Task {
                try await Task.sleep(for: .milliseconds(limit))
                await stopper.stop()
            }
        }
        var status: Int32 = -1
        await withTaskCancellationHandler {
            for await code in ended { status = code }
        } onCancel: {
            Task { await stopper.stop() }
        }
        timer?.cancel()
        await stopper.finished()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return Result(status: status, stdout: stdout, stderr: stderr, timedOut: await stopper.stopped)
    }

    /// Stops a child once: SIGTERM, then SIGKILL after 5 s unless it ended.
    actor Stopper {
        let pid: Int32
        private(set) var stopped = false
        private var done = false
        private var killer: Task<Void, Never>?

        init(pid: Int32) { self.pid = pid }

        func stop() {
            guard !stopped, !done else { return }
            stopped = true
            kill(pid, SIGTERM)
            let pid = self.pid
            killer = Task {
                try? await Task.sleep(for: .seconds(5))
                if !Task.isCancelled { kill(pid, SIGKILL) }
            }
        }

        func finished() {
            done = true
            killer?.cancel()
        }
    }

    /// An absolute path as is; otherwise the first match in PATH.
    static func resolve(_ executable: String) throws -> String {
        if executable.contains("/") { return executable }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(executable)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: executable])
    }
}
