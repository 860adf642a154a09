import DockerEngine
import Foundation
import Plan
import Probes
import Testing
import Waiting

/// Runs the real engine against dockerd for one target and measures it.
enum WaitHarness {
    static let fast = Timing(
        deadlineMilliseconds: 20_000, attemptTimeoutMilliseconds: 2_000, intervalMilliseconds: 100,
        maxIntervalMilliseconds: 500, backoff: 1.5, jitter: 0.1)

    static func timing(deadline: Int = 20_000, attemptTimeout: Int = 2_000) -> Timing {
        var timing = fast
        timing.deadlineMilliseconds = deadline
        timing.attemptTimeoutMilliseconds = attemptTimeout
        return timing
    }

    /// Waits for `target` with the local daemon; returns the outcome and the wall time the wait took.
    static func wait(
        _ target: TargetSpec, timing: Timing = fast, isolation: isolated (any Actor)? = #isolation
    ) async throws -> (TargetOutcome, Duration) {
        try await DockerClient.withClient(host: .local) { client in
            let engine = WaitEngine(client: client, jitterSeed: 1)
            let clock = ContinuousClock()
            let started = clock.now
            let report = try await engine.run(Plan(targets: [target], defaults: timing))
            let took = clock.now - started
            let outcome = try #require(report.targets.first)
            print(
                "[\(target.name)] \(outcome.status.rawValue) cause=\(outcome.cause?.rawValue ?? "-") attempts=\(outcome.attempts) "
                    + "took=\(took) route=\(outcome.probeRoute ?? "-") message=\(outcome.results.map(\.message))")
            return (outcome, took)
        }
    }

    static func http(_ port: Int, _ path: String) -> ProbeSpec { .http(HTTPProbeSpec(port: port, path: path)) }

    /// Parses dockerd's RFC 3339 time with nanoseconds ("2026-11-29T06:41:07.123456789Z").
    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        guard text.count >= 20, let whole = formatter.date(from: String(text.prefix(19)) + "Z") else { return nil }
        let fraction = text.dropFirst(19).prefix { $0 != "Z" && $0 != "+" }
        return whole.addingTimeInterval(Double("0" + fraction) ?? 0)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
