import Foundation
import TestSupport
import Testing

@testable import DeployStore

/// The same checks as SQLite, against a real PostgreSQL 15 cluster started on 127.0.0.1 for this test.
@Suite struct PostgresStoreTests {
    @Test func conformance() async throws {
        let server = try LocalPostgres.start()
        defer { server.stop() }
        for (index, check) in StoreConformance.checks.enumerated() {
            let database = "shipshape_store_\(index)"
            try server.createDatabase(database)
            let url = server.url(database: database)
            try await check.run { try await PostgresDeployStore.open(url: url) }
        }
        // A wrong password is a clear error that never shows the password.
        let wrong = "postgres://postgres:not-the-Secret-9@127.0.0.1:\(server.port)/postgres"
        do {
            _ = try await PostgresDeployStore.open(url: wrong)
            Issue.record("a wrong password was accepted")
        } catch let error as DeployStoreError {
            #expect(!String(describing: error).contains("not-the-Secret-9"))
            #expect(String(describing: error).contains("127.0.0.1"))
        }
    }

    @Test func aURLThatIsNotPostgresIsRefused() async {
        await #expect(throws: DeployStoreError.self) { _ = try await PostgresDeployStore.open(url: "mysql://x@y/z") }
    }
}
