import Foundation
import PostgresNIO

/// Checks a PostgreSQL server with PostgresNIO: connect, authenticate, `SELECT 1`,
/// `SHOW server_version`.
struct PostgresChecker {
    let host: String
    let port: Int
    let user: String
    let password: String?
    let database: String?
    let limit: Duration

    func run() async throws -> String? {
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: .disable)
        configuration.options.connectTimeout = .nanoseconds(Int64(limit.seconds * 1e9))
        var quiet = Logger(label: "shipshape.dependency-probes")
        quiet.logLevel = .critical
        let logger = quiet
        let settings = configuration
        let connection: PostgresConnection
        do {
            connection = try await withDeadline("connect and authenticate to \(host):\(port)", limit) {
                try await PostgresConnection.connect(configuration: settings, id: 1, logger: logger)
            }
        } catch {
            throw classify(error)
        }
        do {
            let version = try await withDeadline("SELECT 1 and SHOW server_version", limit) {
                let one = try await connection.query("SELECT 1", logger: logger)
                for try await _ in one {}
                var version: String?
                for try await row in try await connection.query("SHOW server_version", logger: logger) {
                    version = try row.decode(String.self)
                }
                return version
            }
            try? await connection.close()
            return version
        } catch {
            try? await connection.close()
            throw classify(error)
        }
    }

    private func classify(_ error: any Error) -> DependencyProbesError {
        guard let error = error as? PSQLError else {
            return Connector.classify(error, host: host, port: port, limit: limit)
        }
        if error.code == .server, let info = error.serverInfo {
            let state = info[.sqlState] ?? ""
            let message = String((info[.message] ?? "").prefix(200))
            switch state {
            case "28P01": return .failed(.authFailed, "authentication failed for user '\(user)' (28P01): \(message)")
            case "3D000": return .failed(.databaseMissing, "database '\(database ?? user)' does not exist (3D000)")
            case "28000" where message.contains("SSL off") || message.contains("SSL"):
                return .failed(.sslRequired, "the server requires SSL for this client (28000): \(message)")
            case "28000": return .failed(.authFailed, "authorization refused (28000): \(message)")
            default: return .failed(.serverError, "PostgreSQL error \(state): \(message)")
            }
        }
        if error.code == .sslUnsupported { return .failed(.sslRequired, "the server does not support SSL") }
        if error.code == .authMechanismRequiresPassword {
            return .failed(.noAuth, "the server requires a password for user '\(user)' and none was given")
        }
        if let underlying = error.underlying {
            return Connector.classify(underlying, host: host, port: port, limit: limit)
        }
        return .failed(.connectionFailed, "PostgreSQL connection failed: \(error.code)")
    }
}
