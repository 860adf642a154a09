import Foundation
import NIOCore
import NIOPosix

/// A private local unix socket that tunnels each connection through `ssh … docker system dial-stdio`.
///
/// This is what the docker CLI does for `ssh://` hosts: the remote `docker` binary relays
/// stdin/stdout to the remote daemon socket. Exposing it as a unix socket lets the ordinary
/// AsyncHTTPClient unix transport (and its connection pool) run over ssh unchanged: every pooled
/// HTTP connection is one ssh process. The socket sits in a fresh 0700 directory, because
/// whoever can connect to it acts with this user's ssh identity.
final class SSHBridge: Sendable {
    /// The bridge socket AsyncHTTPClient connects to.
    let socketPath: String
    private let directory: URL
    private let serverChannel: any Channel
    private let logPath: String

    private init(socketPath: String, directory: URL, serverChannel: any Channel, logPath: String) {
        self.socketPath = socketPath
        self.directory = directory
        self.serverChannel = serverChannel
        self.logPath = logPath
    }

    /// Starts listening; the first ssh process is spawned only when the first connection arrives.
    static func start(user: String?, host: String, port: Int?, options: [String]) async throws -> SSHBridge {
        guard let ssh = findExecutable("ssh") else {
            throw DockerEngineError.sshTransportFailed("no 'ssh' executable in PATH")
        }
        let directory = URL(fileURLWithPath: "/tmp")
            .appendingPathComponent("shipshape-ssh-\(UUID().uuidString.prefix(12).lowercased())")
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw DockerEngineError.sshTransportFailed("cannot create bridge directory: \(error)")
        }
        let socketPath = directory.appendingPathComponent("docker.sock").path
        let logPath = directory.appendingPathComponent("ssh-stderr.log").path
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        var arguments = ["-T", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10"]
        if let user { arguments += ["-l", user] }
        if let port { arguments += ["-p", String(port)] }
        arguments += options + ["--", host, "docker", "system", "dial-stdio"]
        let command = SSHCommand(executable: ssh, arguments: arguments, logPath: logPath)

        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .childChannelInitializer { channel in
                command.connect(channel)
            }
        do {
            let server = try await bootstrap.bind(unixDomainSocketPath: socketPath, cleanupExistingSocketFile: true)
                .get()
            return SSHBridge(socketPath: socketPath, directory: directory, serverChannel: server, logPath: logPath)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw DockerEngineError.sshTransportFailed("cannot listen on \(socketPath): \(error)")
        }
    }

    /// What ssh printed on stderr so far (authentication failures, "docker: command not found").
    func sshErrors() -> String {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops accepting and deletes the socket directory; open tunnels end with their HTTP connections.
    func stop() async {
        try? await serverChannel.close()
        try? FileManager.default.removeItem(at: directory)
    }

    private static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
