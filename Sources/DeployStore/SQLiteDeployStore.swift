import Foundation
import GRDB

/// The default store: one SQLite file in WAL mode, shared safely by concurrent shipshape processes.
public final class SQLiteDeployStore: DeployStore {
    let pool: DatabasePool
    public let path: String

    /// Opens (creating directories and the file) and migrates to the newest schema.
    public init(path: String, busyTimeoutSeconds: Double = 10) throws {
        self.path = path
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(busyTimeoutSeconds)
            configuration.foreignKeysEnabled = true
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteMigrations.migrator.migrate(pool)
        } catch {
            throw DeployStoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// The migrations applied to this database, oldest first.
    public func appliedMigrations() async throws -> [String] {
        try await pool.read { db in try SQLiteMigrations.migrator.appliedIdentifiers(db).sorted() }
    }

    public func close() async {}

    public func save(_ record: DeployRecord) async throws {
        let services = String(decoding: try JSONEncoder().encode(record.services), as: UTF8.self)
        let values: [(any DatabaseValueConvertible)?] = [
            record.id, record.kind.rawValue, record.project, record.revision, record.user, record.host,
            record.startedAt.timeIntervalSince1970, record.finishedAt?.timeIntervalSince1970,
            record.outcome.rawValue, record.cause, services, record.soakMilliseconds,
        ]
        let arguments = StatementArguments(values)
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO deploy
                    (id, kind, project, revision, user, host, startedAt, finishedAt, outcome, cause, services,
                     soakMilliseconds)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET
                    kind = excluded.kind, project = excluded.project, revision = excluded.revision,
                    user = excluded.user, host = excluded.host, startedAt = excluded.startedAt,
                    finishedAt = excluded.finishedAt, outcome = excluded.outcome, cause = excluded.cause,
                    services = excluded.services, soakMilliseconds = excluded.soakMilliseconds
                    """,
                arguments: arguments)
        }
    }

    public func record(id: String) async throws -> DeployRecord? {
        let rows = try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM deploy WHERE id = ?", arguments: [id])
        }
        return try rows.first.map(Self.record)
    }

    public func records(project: String?, limit: Int) async throws -> [DeployRecord] {
        let rows = try await pool.read { db in
            if let project {
                return try Row.fetchAll(
                    db, sql: "SELECT * FROM deploy WHERE project = ? ORDER BY startedAt DESC, id DESC LIMIT ?",
                    arguments: [project, limit])
            }
            return try Row.fetchAll(
                db, sql: "SELECT * FROM deploy ORDER BY startedAt DESC, id DESC LIMIT ?", arguments: [limit])
        }
        return try rows.map(Self.record)
    }

    public func unfinished(project: String) async throws -> [DeployRecord] {
        let rows = try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM deploy WHERE project = ? AND outcome = ? ORDER BY startedAt",
                arguments: [project, DeployOutcome.running.rawValue])
        }
        return try rows.map(Self.record)
    }

    public func append(_ entry: JournalEntry) async throws {
        let values: [(any DatabaseValueConvertible)?] = [
            entry.deployID, entry.sequence, entry.step, entry.phase.rawValue, entry.detail,
            entry.at.timeIntervalSince1970,
        ]
        let arguments = StatementArguments(values)
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO journal (deployID, sequence, step, phase, detail, at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: arguments)
        }
    }

    public func journal(deployID: String) async throws -> [JournalEntry] {
        let rows = try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM journal WHERE deployID = ? ORDER BY sequence", arguments: [deployID])
        }
        return try rows.map { row in
            guard let phase = JournalEntry.Phase(rawValue: row["phase"]) else {
                throw DeployStoreError.corrupt("journal phase '\(String(describing: row["phase"] as String?))'")
            }
            let deployID: String = row["deployID"]
            let sequence: Int = row["sequence"]
            let step: String = row["step"]
            let detail: String? = row["detail"]
            let at: Double = row["at"]
            return JournalEntry(
                deployID: deployID, sequence: sequence, step: step, phase: phase, detail: detail,
                at: Date(timeIntervalSince1970: at))
        }
    }

    static func record(_ row: Row) throws -> DeployRecord {
        let kindText: String = row["kind"]
        let outcomeText: String = row["outcome"]
        guard let kind = DeployRecord.Kind(rawValue: kindText), let outcome = DeployOutcome(rawValue: outcomeText)
        else { throw DeployStoreError.corrupt("deploy kind '\(kindText)' or outcome '\(outcomeText)'") }
        let servicesText: String = row["services"]
        let services = try JSONDecoder().decode([ServiceRecord].self, from: Data(servicesText.utf8))
        let finished: Double? = row["finishedAt"]
        let started: Double = row["startedAt"]
        let id: String = row["id"]
        let project: String = row["project"]
        let revision: String = row["revision"]
        let user: String = row["user"]
        let host: String = row["host"]
        let cause: String? = row["cause"]
        let soak: Int = row["soakMilliseconds"]
        return DeployRecord(
            id: id, kind: kind, project: project, revision: revision, user: user, host: host,
            startedAt: Date(timeIntervalSince1970: started),
            finishedAt: finished.map(Date.init(timeIntervalSince1970:)),
            outcome: outcome, cause: cause, services: services, soakMilliseconds: soak)
    }
}
