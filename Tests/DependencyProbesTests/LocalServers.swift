import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A port on 127.0.0.1 that nothing listens on right now (bound to port 0, then released).
func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw LocalServerFailure(description: "socket() failed") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
        }
    }
    guard bound else { throw LocalServerFailure(description: "bind() failed") }
    return Int(UInt16(bigEndian: address.sin_port))
}

struct LocalServerFailure: Error, CustomStringConvertible {
    let description: String
}

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

/// A throwaway PostgreSQL cluster (initdb, pg_ctl) on 127.0.0.1 with SCRAM password auth,
/// run as the `postgres` user because PostgreSQL refuses to run as root.
struct LocalPostgres {
    let port: Int
    let directory: String
    static let password = "pg-Secret-1"
    static let binaries = "/usr/lib/postgresql/15/bin"

    static func start() throws -> LocalPostgres {
        guard FileManager.default.isExecutableFile(atPath: binaries + "/initdb") else {
            throw LocalServerFailure(
                description: "PostgreSQL 15 missing: apt-get install -y postgresql (scripts/docker-up does)")
        }
        let directory = "/tmp/shipshape-pg-\(UUID().uuidString.prefix(8).lowercased())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try (password + "\n").write(toFile: directory + "/pwfile", atomically: true, encoding: .utf8)
        let asPostgres = getuid() == 0 ? ["runuser", "-u", "postgres", "--"] : []
        if getuid() == 0 { _ = try HostProcess.run(["chown", "-R", "postgres:postgres", directory]) }
        let initdb = try HostProcess.run(
            asPostgres + [
                binaries + "/initdb", "-D", directory + "/data", "-U", "postgres", "--auth=scram-sha-256",
                "--pwfile=" + directory + "/pwfile", "-E", "UTF8", "--no-sync",
            ], timeout: 120)
        guard initdb.status == 0 else { throw LocalServerFailure(description: "initdb failed: \(initdb.stderr)") }
        let port = try freePort()
        let start = try HostProcess.run(
            asPostgres + [
                binaries + "/pg_ctl", "-D", directory + "/data", "-l", directory + "/postgres.log", "-w", "-t", "60",
                "-o", "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1", "start",
            ], timeout: 90)
        guard start.status == 0 else {
            throw LocalServerFailure(description: "pg_ctl start failed: \(start.stderr)\(start.stdout)")
        }
        return LocalPostgres(port: port, directory: directory)
    }

    /// Stops the cluster (pg_ctl, immediate mode) and removes it.
    func stop() {
        let asPostgres = getuid() == 0 ? ["runuser", "-u", "postgres", "--"] : []
        _ = try? HostProcess.run(
            asPostgres + [Self.binaries + "/pg_ctl", "-D", directory + "/data", "-m", "immediate", "-w", "stop"],
            timeout: 60)
        try? FileManager.default.removeItem(atPath: directory)
    }
}
