import Foundation
import PostgresNIO

/// The store for teams whose deploys run from ephemeral CI runners: one PostgreSQL database shared by all.
/// `--state postgres://user:password@host:port/database`. Same schema and behaviour as the SQLite store;
/// migrations are versioned in `shipshape_migrations` and applied under an advisory lock.
public final class PostgresDeployStore: DeployStore {
    let connection: PostgresConnection
    let logger: Logger

    /// Connects and migrates. The URL's password is never part of an error message.
    public static func open(url: String) async throws -> PostgresDeployStore {
        guard let components = URLComponents(string: url), let host = components.host,
            ["postgres", "postgresql"].contains(components.scheme ?? "")
        else {
            throw DeployStoreError.cannotOpen(
                path: "postgres URL", reason: "expected postgres://user:password@host:port/database")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let configuration = PostgresConnection.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database.isEmpty ? nil : database, tls: .disable)
        var logger = Logger(label: "shipshape.deploy-store")
        logger.logLevel = .critical
        let where_ = "postgres://\(host):\(components.port ?? 5432)/\(database)"
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            let store = PostgresDeployStore(connection: connection, logger: logger)
            try await store.migrate()
            return store
        } catch let error as PSQLError {
            throw DeployStoreError.cannotOpen(path: where_, reason: "\(error.code)")
        } catch {
            throw DeployStoreError.cannotOpen(path: where_, reason: "\(type(of: error))")
        }
    }

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    public func close() async {
        try? await connection.close()
    }

    static let migrations: [(id: String, statements: [String])] = [
        (
            "v1-deploys-and-journal",
            [
                """
                CREATE TABLE deploy (
                    id TEXT PRIMARY KEY, kind TEXT NOT NULL, project TEXT NOT NULL, revision TEXT NOT NULL,
                    "user" TEXT NOT NULL, host TEXT NOT NULL, "startedAt" DOUBLE PRECISION NOT NULL,
                    "finishedAt" DOUBLE PRECISION, outcome TEXT NOT NULL, cause TEXT, services TEXT NOT NULL,
                    "soakMilliseconds" BIGINT NOT NULL DEFAULT 0)
                """,
                "CREATE INDEX deploy_project ON deploy (project)",
                """
                CREATE TABLE journal (
                    "deployID" TEXT NOT NULL REFERENCES deploy (id) ON DELETE CASCADE, sequence BIGINT NOT NULL,
                    step TEXT NOT NULL, phase TEXT NOT NULL, detail TEXT, at DOUBLE PRECISION NOT NULL,
                    PRIMARY KEY ("deployID", sequence))
                """,
            ]
        )
    ]

    func migrate() async throws {
        try await connection.query("SELECT pg_advisory_lock(727274)", logger: logger)
        do {
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS shipshape_migrations (id TEXT PRIMARY KEY)", logger: logger)
            var applied: Set<String> = []
            for try await id in try await connection.query("SELECT id FROM shipshape_migrations", logger: logger)
                .decode(String.self)
            {
                applied.insert(id)
            }
            for migration in Self.migrations where !applied.contains(migration.id) {
                try await connection.query("BEGIN", logger: logger)
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO shipshape_migrations (id) VALUES (\(migration.id))", logger: logger)
                try await connection.query("COMMIT", logger: logger)
            }
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            _ = try? await connection.query("SELECT pg_advisory_unlock(727274)", logger: logger)
            throw error
        }
        try await connection.query("SELECT pg_advisory_unlock(727274)", logger: logger)
    }

    public func appliedMigrations() async throws -> [String] {
        var ids: [String] = []
        for try await id in try await connection.query(
            "SELECT id FROM shipshape_migrations ORDER BY id", logger: logger
        )
        .decode(String.self) {
            ids.append(id)
        }
        return ids
    }

    public func save(_ record: DeployRecord) async throws {
        let services = String(decoding: try JSONEncoder().encode(record.services), as: UTF8.self)
        let started = record.startedAt.timeIntervalSince1970
        let finished = record.finishedAt?.timeIntervalSince1970
        let soak = Int64(record.soakMilliseconds)
        try await connection.query(
            """
            INSERT INTO deploy (id, kind, project, revision, "user", host, "startedAt", "finishedAt", outcome, cause,
            services, "soakMilliseconds") VALUES (\(record.id), \(record.kind.rawValue), \(record.project),
            \(record.revision), \(record.user), \(record.host), \(started), \(finished), \(record.outcome.rawValue),
            \(record.cause), \(services), \(soak))
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, project = excluded.project,
            revision = excluded.revision, "user" = excluded."user", host = excluded.host,
            "startedAt" = excluded."startedAt", "finishedAt" = excluded."finishedAt", outcome = excluded.outcome,
            cause = excluded.cause, services = excluded.services, "soakMilliseconds" = excluded."soakMilliseconds"
            """, logger: logger)
    }

    static let columns =
        "id, kind, project, revision, \"user\", host, \"startedAt\", \"finishedAt\", outcome, cause, services, \"soakMilliseconds\""

    func fetch(_ query: PostgresQuery) async throws -> [DeployRecord] {
        var records: [DeployRecord] = []
        let rows = try await connection.query(query, logger: logger)
        for try await row in rows.decode(
            (String, String, String, String, String, String, Double, Double?, String, String?, String, Int64).self)
        {
            guard let kind = DeployRecord.Kind(rawValue: row.1), let outcome = DeployOutcome(rawValue: row.8) else {
                throw DeployStoreError.corrupt("deploy kind '\(row.1)' or outcome '\(row.8)'")
            }
            let services = try JSONDecoder().decode([ServiceRecord].self, from: Data(row.10.utf8))
            records.append(
                DeployRecord(
                    id: row.0, kind: kind, project: row.2, revision: row.3, user: row.4, host: row.5,
                    startedAt: Date(timeIntervalSince1970: row.6),
                    finishedAt: row.7.map(Date.init(timeIntervalSince1970:)),
                    outcome: outcome, cause: row.9, services: services, soakMilliseconds: Int(row.11)))
        }
        return records
    }

    public func record(id: String) async throws -> DeployRecord? {
        try await fetch(
            PostgresQuery(unsafeSQL: "SELECT \(Self.columns) FROM deploy WHERE id = $1", binds: try binds(id))
        ).first
    }

    public func records(project: String?, limit: Int) async throws -> [DeployRecord] {
        if let project {
            return try await fetch(
                PostgresQuery(
                    unsafeSQL:
                        "SELECT \(Self.columns) FROM deploy WHERE project = $1 ORDER BY \"startedAt\" DESC, id DESC LIMIT $2",
                    binds: try binds(project, Int64(limit))))
        }
        return try await fetch(
            PostgresQuery(
                unsafeSQL: "SELECT \(Self.columns) FROM deploy ORDER BY \"startedAt\" DESC, id DESC LIMIT $1",
                binds: try binds(Int64(limit))))
    }

    public func unfinished(project: String) async throws -> [DeployRecord] {
        try await fetch(
            PostgresQuery(
                unsafeSQL:
                    "SELECT \(Self.columns) FROM deploy WHERE project = $1 AND outcome = $2 ORDER BY \"startedAt\"",
                binds: try binds(project, DeployOutcome.running.rawValue)))
    }

    public func append(_ entry: JournalEntry) async throws {
        let sequence = Int64(entry.sequence)
        let at = entry.at.timeIntervalSince1970
        try await connection.query(
            """
            INSERT INTO journal ("deployID", sequence, step, phase, detail, at)
            VALUES (\(entry.deployID), \(sequence), \(entry.step), \(entry.phase.rawValue), \(entry.detail), \(at))
            """, logger: logger)
    }

    public func journal(deployID: String) async throws -> [JournalEntry] {
        var entries: [JournalEntry] = []
        let rows = try await connection.query(
            "SELECT \"deployID\", sequence, step, phase, detail, at FROM journal WHERE \"deployID\" = \(deployID) ORDER BY sequence",
            logger: logger)
        for try await row in rows.decode((String, Int64, String, String, String?, Double).self) {
            guard let phase = JournalEntry.Phase(rawValue: row.3) else {
                throw DeployStoreError.corrupt("journal phase '\(row.3)'")
            }
            entries.append(
                JournalEntry(
                    deployID: row.0, sequence: Int(row.1), step: row.2, phase: phase, detail: row.4,
                    at: Date(timeIntervalSince1970: row.5)))
        }
        return entries
    }

    func binds(_ values: any PostgresEncodable...) throws -> PostgresBindings {
        var bindings = PostgresBindings()
        for value in values { try bindings.append(value) }
        return bindings
    }
}
