import DockerEngine
import Foundation
import TestSupport
import Testing

@testable import Deploy

/// The deploy lock's decisions against an in-memory engine (a fake: a fast hermetic unit test).
/// The same lock runs against a real dockerd in DeployCommandTests (two deploys at once → exit 5).
@Suite struct DeployLockEngineTests {
    static let image = "onquota/backend:v1"

    static func holder(_ deployID: String, host: String = "runner-a", expires: TimeInterval = 600) -> LockHolder {
        LockHolder(
            user: "octocat", host: host, pid: 0, revision: "abc1234", deployID: deployID,
            since: Date(timeIntervalSince1970: 1_796_600_000), expires: Date().addingTimeInterval(expires))
    }

    static func engine() async -> InMemoryEngine {
        let engine = InMemoryEngine()
        await engine.addImage(image)
        return engine
    }

    @Test func theFirstDeployTakesTheLockAsANeverStartedContainer() async throws {
        let engine = await Self.engine()
        let lock = DeployLock(client: engine, project: "onquota")
        let replaced = try await lock.acquire(as: Self.holder("d-1"), image: Self.image)
        #expect(replaced == nil)
        #expect(try await lock.holder()?.deployID == "d-1")
        #expect(await engine.calls == ["create shipshape-lock-onquota"])
        #expect(try await engine.inspectContainer("shipshape-lock-onquota").state.running == false)
    }

    @Test func aSecondDeployIsRefusedAndToldWhoHoldsTheLock() async throws {
        let engine = await Self.engine()
        let lock = DeployLock(client: engine, project: "onquota")
        try await lock.acquire(as: Self.holder("d-1"), image: Self.image)
        do {
            try await lock.acquire(as: Self.holder("d-2", host: "runner-b"), image: Self.image)
            Issue.record("a held lock was taken")
        } catch DeployError.lockHeld(let current) {
            #expect(current.deployID == "d-1")
            #expect(current.host == "runner-a")
        }
        #expect(try await lock.holder()?.deployID == "d-1")
    }

    @Test func anExpiredLockIsTakenOverAndItsHolderReturned() async throws {
        let engine = await Self.engine()
        let lock = DeployLock(client: engine, project: "onquota")
        try await lock.acquire(as: Self.holder("d-1", expires: -1), image: Self.image)
        let replaced = try await lock.acquire(as: Self.holder("d-2", host: "runner-b"), image: Self.image)
        #expect(replaced?.deployID == "d-1")
        #expect(try await lock.holder()?.deployID == "d-2")
    }

    @Test func onlyTheHolderReleasesTheLock() async throws {
        let engine = await Self.engine()
        let lock = DeployLock(client: engine, project: "onquota")
        try await lock.acquire(as: Self.holder("d-1"), image: Self.image)
        try await lock.release(deployID: "d-2")
        #expect(try await lock.holder()?.deployID == "d-1")
        try await lock.release(deployID: "d-1")
        #expect(try await lock.holder() == nil)
        #expect(try await lock.forceRelease() == nil)
    }

    @Test func aLockWaitedForIsTakenOnceItsHolderReleasesIt() async throws {
        let engine = await Self.engine()
        let lock = DeployLock(client: engine, project: "onquota")
        try await lock.acquire(as: Self.holder("d-1"), image: Self.image)
        async let second = lock.acquire(
            as: Self.holder("d-2", host: "runner-b"), image: Self.image, waitUntil: Date().addingTimeInterval(10))
        try await Task.sleep(for: .milliseconds(300))
        try await lock.release(deployID: "d-1")
        _ = try await second
        #expect(try await lock.holder()?.deployID == "d-2")
    }
}
