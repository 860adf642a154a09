import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a host program for tests with `posix_spawn` and `waitpid` on its own pid.
///
/// Foundation's `Process` was seen to hang in `waitUntilExit` (and pipe reads to never end when a
/// long-lived child such as a test sshd inherited the write end) while many tests spawn processes
/// at once. This helper writes output to files, never pipes, and polls only its own child.
public enum HostProcess {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// Ended by a signal (a crash), not by exiting.
        public let crashed: Bool
        /// Killed at the deadline.
        public let timedOut: Bool
    }

    public enum Failure: Error, CustomStringConvertible {
        case spawn(String, Int32)

        public var description: String {
            switch self {
            case .spawn(let program, let code): "cannot start \(program): \(String(cString: strerror(code)))"
            }
        }
    }

    /// Runs `arguments` (argv[0] looked up in PATH) in `directory` with `environment` added to ours.
    public static func run(
        _ arguments: [String], in directory: String? = nil, environment extra: [String: String] = [:],
        timeout: Double = 120
    ) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("host-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("stdout").path
        let errPath = scratch.appendingPathComponent("stderr").path
        var environment = ProcessInfo.processInfo.environment
        environment.merge(extra) { _, new in new }
        let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + arguments } ?? arguments
        let pid = try spawn(command, environment: environment, stdout: outPath, stderr: errPath)
        let (status, signaled, timedOut) = wait(pid, timeout: timeout)
        let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Result(
            status: status, stdout: stdout, stderr: stderr, crashed: signaled && !timedOut, timedOut: timedOut)
    }

    static func spawn(_ arguments: [String], environment: [String: String], stdout: String, stderr: String) throws
        -> pid_t
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, arguments.first ?? "", &actions, nil, argv, envp)
        guard code == 0 else { throw Failure.spawn(arguments.first ?? "", code) }
        return pid
    }

    /// Polls the child until it exits or the deadline passes (then kills it).
    static func wait(_ pid: pid_t, timeout: Double) -> (status: Int32, signaled: Bool, timedOut: Bool) {
        let clock = Stopwatch()
        var status: Int32 = 0
        var timedOut = false
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid || (result == -1 && errno != EINTR) { break }
            if clock.hasPassed(timeout), !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        let signal = status & 0x7F
        if signal != 0 { return (128 + signal, true, timedOut) }
        return ((status >> 8) & 0xFF, false, timedOut)
    }
}
