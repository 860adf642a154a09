import GRDB

/// The SQLite schema, one registered migration per version. Never edit a shipped migration; add one.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-deploys-and-journal") { db in
            try db.create(table: "deploy") { table in
                table.primaryKey("id", .text)
                table.column("kind", .text).notNull()
                table.column("project", .text).notNull().indexed()
                table.column("revision", .text).notNull()
                table.column("user", .text).notNull()
                table.column("host", .text).notNull()
                table.column("startedAt", .double).notNull()
                table.column("finishedAt", .double)
                table.column("outcome", .text).notNull()
                table.column("cause", .text)
                table.column("services", .text).notNull()
                table.column("soakMilliseconds", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "journal") { table in
                table.column("deployID", .text).notNull().references("deploy", onDelete: .cascade)
                table.column("sequence", .integer).notNull()
                table.column("step", .text).notNull()
                table.column("phase", .text).notNull()
                table.column("detail", .text)
                table.column("at", .double).notNull()
                table.primaryKey(["deployID", "sequence"])
            }
        }
        return migrator
    }

    /// Identifiers of every migration, oldest first (tests migrate from each earlier version).
    static var identifiers: [String] { migrator.migrations }
}
