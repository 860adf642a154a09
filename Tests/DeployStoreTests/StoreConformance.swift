import Foundation
import Testing

@testable import DeployStore

/// The behaviour every store backend must have; `SQLiteStoreTests` and `PostgresStoreTests` run all of it.
enum StoreConformance {
    /// Opens (another connection to) one fresh, empty store.
    typealias Opener = @Sendable () async throws -> any DeployStore

    static let checks: [(name: String, run: @Sendable (Opener) async throws -> Void)] = [
        ("records newest first per project", recordsNewestFirst),
        ("updating a record's outcome", updatingOutcome),
        ("updating a record keeps its journal", updatingKeepsJournal),
        ("journal order and unique sequence", journalOrder),
        ("a second connection sees the data; migrations recorded", secondConnection),
        ("concurrent writers lose nothing", concurrentWriters),
    ]

    static func record(_ id: String, project: String = "shop", at seconds: Double, outcome: DeployOutcome = .deployed)
        -> DeployRecord
    {
        DeployRecord(
            id: id, kind: .deploy, project: project, revision: "rev-\(id)", user: "ci", host: "runner",
            startedAt: Date(timeIntervalSince1970: seconds), finishedAt: Date(timeIntervalSince1970: seconds + 2),
            outcome: outcome, cause: outcome == .deployed ? nil : "web: http-status — HTTP 500",
            services: [
                ServiceRecord(
                    service: "web", strategy: "start-first", fromContainer: "a", toContainer: "b", gateMilliseconds: 812
                )
            ],
            soakMilliseconds: 500)
    }

    static func recordsNewestFirst(_ open: Opener) async throws {
        let store = try await open()
        try await store.save(record("1", at: 100))
        try await store.save(record("2", at: 200, outcome: .rolledBack))
        try await store.save(record("3", project: "other", at: 300))
        let records = try await store.records(project: "shop", limit: 10)
        #expect(records.map(\.id) == ["2", "1"])
        #expect(records.first == record("2", at: 200, outcome: .rolledBack))
        #expect(try await store.records(project: nil, limit: 2).map(\.id) == ["3", "2"])
        await store.close()
    }

    static func updatingOutcome(_ open: Opener) async throws {
        let store = try await open()
        var running = record("1", at: 100, outcome: .running)
        try await store.save(running)
        #expect(try await store.unfinished(project: "shop").map(\.id) == ["1"])
        running.outcome = .interrupted
        try await store.save(running)
        #expect(try await store.unfinished(project: "shop").isEmpty)
        #expect(try await store.record(id: "1")?.outcome == .interrupted)
        #expect(try await store.record(id: "nope") == nil)
        await store.close()
    }

    static func updatingKeepsJournal(_ open: Opener) async throws {
        let store = try await open()
        var running = record("1", at: 100, outcome: .running)
        try await store.save(running)
        try await store.append(
            JournalEntry(deployID: "1", sequence: 1, step: "create-new web", phase: .begun, at: Date()))
        running.outcome = .deployed
        try await store.save(running)
        #expect(try await store.journal(deployID: "1").count == 1)
        #expect(try await store.record(id: "1")?.outcome == .deployed)
        await store.close()
    }

    static func journalOrder(_ open: Opener) async throws {
        let store = try await open()
        try await store.save(record("1", at: 100))
        let at = Date(timeIntervalSince1970: 1_000)
        try await store.append(
            JournalEntry(deployID: "1", sequence: 2, step: "create-new web", phase: .done, detail: "c", at: at))
        try await store.append(JournalEntry(deployID: "1", sequence: 1, step: "create-new web", phase: .begun, at: at))
        let journal = try await store.journal(deployID: "1")
        #expect(journal.map(\.phase) == [.begun, .done])
        #expect(
            journal.last
                == JournalEntry(deployID: "1", sequence: 2, step: "create-new web", phase: .done, detail: "c", at: at))
        await #expect(throws: (any Error).self) {
            try await store.append(JournalEntry(deployID: "1", sequence: 2, step: "x", phase: .done, at: at))
        }
        await store.close()
    }

    static func secondConnection(_ open: Opener) async throws {
        let first = try await open()
        try await first.save(record("1", at: 100))
        let second = try await open()
        #expect(try await second.record(id: "1") != nil)
        #expect(try await second.appliedMigrations() == ["v1-deploys-and-journal"])
        await first.close()
        await second.close()
    }

    static func concurrentWriters(_ open: Opener) async throws {
        let a = try await open()
        let b = try await open()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                let store = index.isMultiple(of: 2) ? a : b
                group.addTask { try await store.save(record("r\(index)", at: Double(index))) }
            }
            try await group.waitForAll()
        }
        #expect(try await a.records(project: "shop", limit: 100).count == 20)
        await a.close()
        await b.close()
    }
}
