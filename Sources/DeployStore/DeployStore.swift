/// Where deploys and their journals are kept. One protocol; one implementation per backend.
public protocol DeployStore: Sendable {
    /// Inserts a new record or updates the one with the same id; its journal is kept.
    func save(_ record: DeployRecord) async throws
    func record(id: String) async throws -> DeployRecord?
    /// Newest first; `project` nil means every project.
    func records(project: String?, limit: Int) async throws -> [DeployRecord]
    /// Records still marked `running` (a live deploy, or one killed mid-way).
    func unfinished(project: String) async throws -> [DeployRecord]
    func append(_ entry: JournalEntry) async throws
    /// In sequence order.
    func journal(deployID: String) async throws -> [JournalEntry]
    /// The schema migrations applied, oldest first.
    func appliedMigrations() async throws -> [String]
    /// Releases connections (a no-op for SQLite).
    func close() async
}
