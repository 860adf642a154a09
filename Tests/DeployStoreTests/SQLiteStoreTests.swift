import Foundation
import Testing

@testable import DeployStore

@Suite struct SQLiteStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("shipshape-store-\(UUID().uuidString)/state.sqlite").path
    }

    static func record(_ id: String, project: String = "shop", at seconds: Double, outcome: DeployOutcome = .deployed)
        -> DeployRecord
    {
        DeployRecord(
            id: id, kind: .deploy, project: project, revision: "rev-\(id)", user: "ci", host: "runner",
            startedAt: Date(timeIntervalSince1970: seconds), finishedAt: Date(timeIntervalSince1970: seconds + 2),
            outcome: outcome, cause: nil,
            services: [ServiceRecord(service: "web", strategy: "start-first", fromContainer: "a", toContainer: "b")],
            soakMilliseconds: 500)
    }

    @Test func savesAndReadsRecordsNewestFirstPerProject() async throws {
        let path = Self.temporaryPath()
        let store = try SQLiteDeployStore(path: path)
        try await store.save(Self.record("1", at: 100))
        try await store.save(Self.record("2", at: 200, outcome: .rolledBack))
        try await store.save(Self.record("3", project: "other", at: 300))
        let records = try await store.records(project: "shop", limit: 10)
        #expect(records.map(\.id) == ["2", "1"])
        #expect(records.first == Self.record("2", at: 200, outcome: .rolledBack))
        #expect(try await store.records(project: nil, limit: 2).map(\.id) == ["3", "2"])
    }

    @Test func replacingARecordUpdatesItsOutcome() async throws {
        let store = try SQLiteDeployStore(path: Self.temporaryPath())
        var record = Self.record("1", at: 100, outcome: .running)
        try await store.save(record)
        #expect(try await store.unfinished(project: "shop").map(\.id) == ["1"])
        record.outcome = .interrupted
        try await store.save(record)
        #expect(try await store.unfinished(project: "shop").isEmpty)
        #expect(try await store.record(id: "1")?.outcome == .interrupted)
    }

    @Test func keepsTheJournalInSequenceAndRefusesADuplicateSequence() async throws {
        let store = try SQLiteDeployStore(path: Self.temporaryPath())
        try await store.save(Self.record("1", at: 100))
        for (index, phase) in [JournalEntry.Phase.begun, .done].enumerated() {
            try await store.append(
                JournalEntry(deployID: "1", sequence: index + 1, step: "create-new web", phase: phase, detail: "c", at: Date()))
        }
        let journal = try await store.journal(deployID: "1")
        #expect(journal.map(\.phase) == [.begun, .done])
        await #expect(throws: (any Error).self) {
            try await store.append(JournalEntry(deployID: "1", sequence: 2, step: "x", phase: .done, at: Date()))
        }
    }

    @Test func updatingARecordKeepsItsJournal() async throws {
        let store = try SQLiteDeployStore(path: Self.temporaryPath())
        var record = Self.record("1", at: 100, outcome: .running)
        try await store.save(record)
        try await store.append(JournalEntry(deployID: "1", sequence: 1, step: "create-new web", phase: .begun, at: Date()))
        record.outcome = .deployed
        try await store.save(record)
        #expect(try await store.journal(deployID: "1").count == 1)
        #expect(try await store.record(id: "1")?.outcome == .deployed)
    }

    @Test func aSecondOpenSeesTheSameDataAndMigrationsAreRecorded() async throws {
        let path = Self.temporaryPath()
        let first = try SQLiteDeployStore(path: path)
        try await first.save(Self.record("1", at: 100))
        let second = try SQLiteDeployStore(path: path)
        #expect(try await second.record(id: "1") != nil)
        #expect(try await second.appliedMigrations() == SQLiteMigrations.identifiers)
    }

    @Test func concurrentWritersFromTwoConnectionsDoNotLoseRecords() async throws {
        let path = Self.temporaryPath()
        let a = try SQLiteDeployStore(path: path)
        let b = try SQLiteDeployStore(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                let store = index.isMultiple(of: 2) ? a : b
                group.addTask { try await store.save(Self.record("r\(index)", at: Double(index))) }
            }
            try await group.waitForAll()
        }
        #expect(try await a.records(project: "shop", limit: 100).count == 20)
    }

    @Test func anUnwritableLocationIsAClearError() {
        #expect(throws: DeployStoreError.self) { try SQLiteDeployStore(path: "/proc/shipshape/state.sqlite") }
    }

    @Test func stateLocationFollowsTheEnvironment() {
        #expect(StateLocation.sqlitePath(environment: ["SHIPSHAPE_STATE_DIR": "/x"]) == "/x/state.sqlite")
        #expect(StateLocation.sqlitePath(environment: ["HOME": "/home/u"]) == "/home/u/.local/state/shipshape/state.sqlite")
        #expect(StateLocation.sqlitePath(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s"]) == "/s/shipshape/state.sqlite")
    }
}
