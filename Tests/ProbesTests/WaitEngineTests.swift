import Foundation
import NIOConcurrencyHelpers
import Plan
import Probes
import ShipshapeCore
import Testing
import Waiting

/// The engine end to end without Docker: URL targets on loopback, time from a manual clock.
struct WaitEngineTests {
    /// Port 1 (tcpmux): nothing listens on it on a build machine, so loopback refuses at once.
    static let closedPort = 1

    @Test func refusedURLIsConnectionRefusedAtTheDeadlineWithoutSleeping() async throws {
        let clock = ManualClock()
        let timing = Timing(
            deadlineMilliseconds: 5_000, attemptTimeoutMilliseconds: 1_000, intervalMilliseconds: 500, jitter: 0)
        let plan = Plan(
            targets: [TargetSpec(name: "api", reference: .url("http://127.0.0.1:\(Self.closedPort)/health"))],
            defaults: timing)
        let events = NIOLockedValueBox<[String]>([])
        let wall = ContinuousClock.now
        let report = try await WaitEngine(client: nil, clock: clock, jitterSeed: 3).run(plan) { progress in
            switch progress {
            case .attempt(let target, let number, _, let error):
                events.withLockedValue { $0.append("\(target)#\(number) \(error ?? "ok")") }
            case .finished(let outcome): events.withLockedValue { $0.append("finished \(outcome.name)") }
            }
        }
        #expect(ContinuousClock.now - wall < .seconds(3), "the manual clock does the waiting")
        #expect(!report.isHealthy)
        let outcome = try #require(report.targets.first)
        #expect(outcome.cause == .connectionRefused)
        #expect(outcome.results.first?.message.contains("connection refused at 127.0.0.1:\(Self.closedPort)") == true)
        #expect(clock.elapsedMilliseconds == 5_000)
        let seen = events.withLockedValue { $0 }
        #expect(seen.first?.hasPrefix("api#1 connection refused") == true)
        #expect(seen.last == "finished api")
        #expect(seen.count == outcome.attempts + 1)
    }

    @Test func reportEncodesAsJSON() throws {
        let outcome = TargetOutcome(
            name: "backend", status: .unhealthy, cause: .probeToolMissing, attempts: 1,
            verdict: "the service is healthy; the health check is broken",
            versionSignals: [VersionSignal(source: "json $.version", expected: "abc1234", actual: nil, matches: nil)])
        let report = WaitReport(targets: [outcome], elapsedMilliseconds: 12)
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains(#""cause":"probe-tool-missing""#))
        #expect(!report.isHealthy)
        #expect(!WaitReport(targets: [], elapsedMilliseconds: 0).isHealthy)
    }
}
