import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A throwaway `redis-server` on 127.0.0.1, optionally with `requirepass` and an ACL user.
struct LocalRedis {
    let port: Int
    let directory: String

    /// Starts a daemonized server; `password` protects the default user, `aclUser` adds a
    /// user with all permissions.
    static func start(password: String? = nil, aclUser: (name: String, password: String)? = nil) throws -> LocalRedis {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-server") else {
            throw LocalServerFailure(
                description: "redis-server missing: apt-get install -y redis-server (scripts/docker-up does)")
        }
        let directory = NSTemporaryDirectory() + "shipshape-redis-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let port = try freePort()
        var arguments = [
            "redis-server", "--port", String(port), "--bind", "127.0.0.1", "--daemonize", "yes",
            "--pidfile", directory + "/redis.pid", "--dir", directory, "--logfile", directory + "/redis.log",
            "--save", "", "--appendonly", "no",
        ]
        if let password { arguments += ["--requirepass", password] }
        if let aclUser { arguments += ["--user", aclUser.name, "on", ">" + aclUser.password, "~*", "&*", "+@all"] }
        let result = try HostProcess.run(arguments, timeout: 20)
        guard result.status == 0 else {
            throw LocalServerFailure(description: "redis-server failed: \(result.stderr)\(result.stdout)")
        }
        let server = LocalRedis(port: port, directory: directory)
        try server.waitUntilListening()
        return server
    }

    private func waitUntilListening() throws {
        for _ in 0..<100 {
            let log = (try? String(contentsOfFile: directory + "/redis.log", encoding: .utf8)) ?? ""
            if log.contains("Ready to accept connections") { return }
            usleep(50_000)
        }
        throw LocalServerFailure(description: "redis-server did not start; see \(directory)/redis.log")
    }

    /// Stops this server by the pid it wrote, and removes its directory.
    func stop() {
        if let text = try? String(contentsOfFile: directory + "/redis.pid", encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(pid, SIGTERM)
            for _ in 0..<100 where kill(pid, 0) == 0 { usleep(20_000) }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }
}
