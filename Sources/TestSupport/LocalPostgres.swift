import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A throwaway PostgreSQL cluster (initdb, pg_ctl) on 127.0.0.1 with SCRAM password auth,
/// run as the `postgres` user because PostgreSQL refuses to run as root.
public struct LocalPostgres: Sendable {
    public let port: Int
    public let directory: String
    public static let password = "pg-Secret-1"
    public static let binaries = "/usr/lib/postgresql/15/bin"

    public static func start() throws -> LocalPostgres {
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

    /// `postgres://postgres:PASSWORD@127.0.0.1:PORT/DATABASE`.
    public func url(database: String) -> String {
        "postgres://postgres:\(Self.password)@127.0.0.1:\(port)/\(database)"
    }

    /// Creates an empty database (psql as the cluster's superuser).
    public func createDatabase(_ name: String) throws {
        let result = try HostProcess.run(
            [
                Self.binaries + "/psql", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", "postgres",
                "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE \"\(name)\"",
            ],
            environment: ["PGPASSWORD": Self.password], timeout: 60)
        guard result.status == 0 else { throw LocalServerFailure(description: "CREATE DATABASE: \(result.stderr)") }
    }

    /// Stops the cluster (pg_ctl, immediate mode) and removes it.
    public func stop() {
        let asPostgres = getuid() == 0 ? ["runuser", "-u", "postgres", "--"] : []
        _ = try? HostProcess.run(
            asPostgres + [Self.binaries + "/pg_ctl", "-D", directory + "/data", "-m", "immediate", "-w", "stop"],
            timeout: 60)
        try? FileManager.default.removeItem(atPath: directory)
    }
}
