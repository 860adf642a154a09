import Foundation

/// A host process left running for the length of a test (a server), killed by its pid afterwards.
public struct BackgroundProcess: Sendable {
    public struct NoPID: Error { public let output: String }

    public let pid: Int32

    public static func start(_ arguments: [String]) throws -> BackgroundProcess {
        let line = arguments.map { "'\($0)'" }.joined(separator: " ")
        let pid = try HostCommand.run(["sh", "-c", "\(line) >/dev/null 2>&1 </dev/null & echo $!"])
        guard let value = Int32(pid) else { throw NoPID(output: pid) }
        return BackgroundProcess(pid: value)
    }

    public func stop() {
        _ = try? HostProcess.run(["kill", String(pid)])
    }
}
