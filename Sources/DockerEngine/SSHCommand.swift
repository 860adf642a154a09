import Foundation
import NIOCore
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Spawns one `ssh … docker system dial-stdio` per accepted bridge connection and glues them.
struct SSHCommand: Sendable {
    let executable: String
    let arguments: [String]
    let logPath: String

    /// Spawns ssh, wraps its stdout/stdin as a NIO pipe channel on the same event loop as
    /// `channel`, and forwards bytes both ways until either side closes.
    func connect(_ channel: any Channel) -> EventLoopFuture<Void> {
        let spawned: (pid: Int32, input: CInt, output: CInt)
        do {
            spawned = try spawn()
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        let pid = spawned.pid
        channel.closeFuture.whenComplete { _ in
            // ssh normally exits on stdin EOF; the signal covers a hung remote side.
            kill(pid, SIGTERM)
        }
        return NIOPipeBootstrap(group: channel.eventLoop)
            .channelOption(.allowRemoteHalfClosure, value: true)
            .takingOwnershipOfDescriptors(input: spawned.input, output: spawned.output)
            .flatMapThrowing { pipeChannel in
                let (socketSide, sshSide) = GlueHandler.matchedPair()
                try channel.pipeline.syncOperations.addHandler(socketSide)
                try pipeChannel.pipeline.syncOperations.addHandler(sshSide)
                channel.closeFuture.whenComplete { _ in pipeChannel.close(promise: nil) }
            }
    }

    /// Runs ssh with pipes; returns its pid and close-on-exec duplicates of our pipe ends.
    private func spawn() throws -> (pid: Int32, input: CInt, output: CInt) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdinPipe = Pipe()
        let stdoutPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        if let log = FileHandle(forWritingAtPath: logPath) {
            log.seekToEndOfFile()
            process.standardError = log
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        // Duplicates owned by NIO; close-on-exec so later ssh children do not inherit them
        // (an inherited stdin write end would keep a finished ssh from ever seeing EOF).
        let input = fcntl(stdoutPipe.fileHandleForReading.fileDescriptor, F_DUPFD_CLOEXEC, 0)
        let output = fcntl(stdinPipe.fileHandleForWriting.fileDescriptor, F_DUPFD_CLOEXEC, 0)
        try? stdoutPipe.fileHandleForReading.close()
        try? stdinPipe.fileHandleForWriting.close()
        guard input >= 0, output >= 0 else {
            process.terminate()
            throw DockerEngineError.sshTransportFailed("cannot duplicate pipe descriptors")
        }
        return (process.processIdentifier, input, output)
    }
}
