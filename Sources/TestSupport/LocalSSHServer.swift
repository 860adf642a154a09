import Foundation

/// A throwaway `sshd` on 127.0.0.1 with generated host and client keys, for the ssh transport.
///
/// Nothing outside a temporary directory is touched: the authorised key is passed with
/// `AuthorizedKeysFile`, and the client uses `-i` plus a null known-hosts file.
public struct LocalSSHServer: Sendable {
    public let port: Int
    public let directory: URL
    public let pid: Int32

    public var clientKey: String { directory.appendingPathComponent("client_key").path }

    /// A key sshd does not accept, for the rejection test.
    public var unauthorisedKey: String { Self.unauthorisedKey(in: directory) }

    static func unauthorisedKey(in directory: URL) -> String {
        directory.appendingPathComponent("unauthorised").path
    }

    /// ssh arguments that make `ssh://root@127.0.0.1:<port>` work non-interactively.
    public var sshOptions: [String] {
        [
            "-i", clientKey, "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "LogLevel=ERROR", "-o", "IdentitiesOnly=yes",
        ]
    }

    public static func start() throws -> LocalSSHServer {
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd") else {
            throw HostCommand.Failure(
                description: "/usr/sbin/sshd missing: apt-get install -y openssh-server (scripts/docker-up does)")
        }
        let directory = URL(fileURLWithPath: "/tmp/shipshape-sshd-\(UUID().uuidString.prefix(8).lowercased())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let hostKey = directory.appendingPathComponent("host_key").path
        let clientKey = directory.appendingPathComponent("client_key").path
        try HostCommand.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey])
        try HostCommand.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", clientKey])
        // Generated here, before sshd runs: a host command started while this test's sshd was
        // running hung on its stdout pipe (sshd kept an inherited write end open).
        try HostCommand.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", unauthorisedKey(in: directory)])
        let authorized = directory.appendingPathComponent("authorized_keys")
        try FileManager.default.copyItem(atPath: clientKey + ".pub", toPath: authorized.path)

        // A random high port: other checkouts may run the same tests concurrently.
        for _ in 0..<5 {
            let port = Int.random(in: 20000...29999)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/sshd")
            process.arguments = [
                "-D", "-e", "-p", String(port), "-o", "ListenAddress=127.0.0.1", "-h", hostKey,
                "-o", "AuthorizedKeysFile=\(authorized.path)", "-o", "StrictModes=no", "-o", "PidFile=none",
                "-o", "PermitRootLogin=prohibit-password", "-o", "PasswordAuthentication=no",
            ]
            let log = directory.appendingPathComponent("sshd-\(port).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: log)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let server = LocalSSHServer(port: port, directory: directory, pid: process.processIdentifier)
            for _ in 0..<50 {
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                if text.contains("Server listening") { return server }
                if !process.isRunning { break }
                Thread.sleep(forTimeInterval: 0.1)
            }
            process.terminate()
        }
        throw HostCommand.Failure(description: "sshd did not start; see \(directory.path)")
    }

    /// Terminates this sshd (by its pid) and removes the keys.
    public func stop() {
        kill(pid, SIGTERM)
        try? FileManager.default.removeItem(at: directory)
    }
}
