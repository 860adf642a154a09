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
        /// True when the program was stopped at its deadline (SIGTERM, then SIGKILL after the grace).
        public var timedOut = false
        /// The signal that ended the program, if one did (`status` is then that signal's number).
        public var signal: Int32?
    }

    /// How long a program stopped at its deadline (or by a cancelled task) has between SIGTERM and SIGKILL.
    public static let defaultKillGraceMilliseconds = 2000

    /// Throws only when the program cannot be started (`DeployError.composeMissing` is the caller's to raise).
    /// With `timeoutMilliseconds`, the program gets SIGTERM at the deadline and SIGKILL `killGraceMilliseconds`
    /// later; a cancelled task stops it the same way. The child starts with SIGINT/SIGTERM at their default
    /// action even while shipshape catches them (`InterruptFlag`: caught signals are reset by exec).
    public static func run(
        _ executable: String, _ arguments: [String], directory: String? = nil,
        environment: [String: String]? = nil, timeoutMilliseconds: Int? = nil,
        killGraceMilliseconds: Int = defaultKillGraceMilliseconds
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
        let (ended, ending) = AsyncStream<(Int32, Bool)>.makeStream()
        process.terminationHandler = { finished in
            ending.yield((finished.terminationStatus, finished.terminationReason == .uncaughtSignal))
            ending.finish()
        }
        try withEmptySignalMask { try process.run() }
        let pid = process.processIdentifier
        let stopper = Stopper(pid: pid, graceMilliseconds: killGraceMilliseconds)
        let timer = timeoutMilliseconds.map { limit in
            Task {
                try await Task.sleep(for: .milliseconds(limit))
                await stopper.stop()
            }
        }
        var status: Int32 = -1
        var signalled = false
        await withTaskCancellationHandler {
            for await (code, bySignal) in ended { (status, signalled) = (code, bySignal) }
        } onCancel: {
            Task { await stopper.stop() }
        }
        timer?.cancel()
        await stopper.finished()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return Result(
            status: status, stdout: stdout, stderr: stderr, timedOut: await stopper.stopped,
            signal: signalled ? status : nil)
    }

    /// Stops a child once: SIGTERM, then SIGKILL after the grace unless it ended.
    actor Stopper {
        let pid: Int32
        let graceMilliseconds: Int
        private(set) var stopped = false
        private var done = false
        private var killer: Task<Void, Never>?

        init(pid: Int32, graceMilliseconds: Int) {
            self.pid = pid
            self.graceMilliseconds = graceMilliseconds
        }

        func stop() {
            guard !stopped, !done else { return }
            stopped = true
            kill(pid, SIGTERM)
            let (pid, grace) = (self.pid, graceMilliseconds)
            killer = Task {
                try? await Task.sleep(for: .milliseconds(grace))
                if !Task.isCancelled { kill(pid, SIGKILL) }
            }
        }

        func finished() {
            done = true
            killer?.cancel()
        }
    }

    /// Runs `body` (a spawn) with no signal blocked in this thread, then restores the thread's mask. A child
    /// inherits the mask of the thread that spawns it, and Swift's concurrency threads (dispatch workers) block
    /// SIGTERM and SIGINT: a child spawned there would ignore the SIGTERM sent at its deadline until the SIGKILL.
    /// The main thread blocks nothing, so letting a signal arrive here during the spawn changes nothing.
    static func withEmptySignalMask<T>(_ body: () throws -> T) rethrows -> T {
        var empty = sigset_t()
        var previous = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
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
