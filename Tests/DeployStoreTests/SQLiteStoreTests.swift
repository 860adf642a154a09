import Foundation
import Testing

@testable import DeployStore

@Suite struct SQLiteStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "shipshape-store-\(UUID().uuidString)/state.sqlite"
        ).path
    }

    @Test(arguments: StoreConformance.checks.indices)
    func conformance(check: Int) async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try await StoreConformance.checks[check].run { try SQLiteDeployStore(path: path) }
    }

    @Test func migrationIdentifiersMatchTheOtherBackend() {
        #expect(SQLiteMigrations.identifiers == PostgresDeployStore.migrations.map(\.id))
    }

    @Test func anUnwritableLocationIsAClearError() {
        #expect(throws: DeployStoreError.self) { try SQLiteDeployStore(path: "/proc/shipshape/state.sqlite") }
    }

    @Test func stateLocationFollowsTheEnvironment() {
        #expect(StateLocation.sqlitePath(environment: ["SHIPSHAPE_STATE_DIR": "/x"]) == "/x/state.sqlite")
        #expect(
            StateLocation.sqlitePath(environment: ["HOME": "/home/u"]) == "/home/u/.local/state/shipshape/state.sqlite")
        #expect(
            StateLocation.sqlitePath(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s"]) == "/s/shipshape/state.sqlite"
        )
    }
}
