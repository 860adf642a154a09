import Plan
import ShipshapeCore
import Testing

@testable import Probes
@testable import Waiting

/// The retry loop, driven by a manual clock: no test here sleeps.
struct WaitLoopTests {
    static func pass() -> AttemptOutcome {
        AttemptOutcome(results: [CheckResult(target: "t", check: "c", status: .healthy, message: "ok")])
    }

    static func fail(_ cause: FailureCause = .connectionRefused, fatal: Bool = false) -> AttemptOutcome {
        .failure(target: "t", check: "c", cause: cause, message: "\(cause.rawValue)", fatal: fatal)
    }

    static func loop(_ timing: Timing, clock: ManualClock, seed: UInt64 = 7) -> WaitLoop {
        WaitLoop(timing: timing, clock: clock, schedule: BackoffSchedule(timing: timing, seed: seed))
    }

    @Test func backoffGrowsGeometricallyUpToTheCap() {
        let timing = Timing(intervalMilliseconds: 100, maxIntervalMilliseconds: 1000, backoff: 2, jitter: 0)
        let schedule = BackoffSchedule(timing: timing, seed: 1)
        #expect((1...6).map(schedule.basePause(step:)) == [100, 200, 400, 800, 1000, 1000])
        #expect(schedule.basePause(step: 10_000) == 1000)
    }

    @Test func jitterStaysWithinBoundsAndIsReproducible() {
        let timing = Timing(intervalMilliseconds: 1000, maxIntervalMilliseconds: 1000, backoff: 1, jitter: 0.2)
        var first = BackoffSchedule(timing: timing, seed: 42)
        var second = BackoffSchedule(timing: timing, seed: 42)
        let a = (1...200).map { first.pause(step: $0) }
        let b = (1...200).map { second.pause(step: $0) }
        #expect(a == b)
        #expect(a.allSatisfy { (800...1200).contains($0) })
        #expect(Set(a).count > 50, "jitter should spread the pauses")
    }

    @Test func failingTargetStopsAtTheDeadlineWithTheLastCause() async {
        let clock = ManualClock()
        let timing = Timing(
            deadlineMilliseconds: 1000, intervalMilliseconds: 100, maxIntervalMilliseconds: 400, backoff: 2, jitter: 0)
        var loop = Self.loop(timing, clock: clock)
        loop.watchSliceMilliseconds = 10_000
        let ending = await loop.run(attempt: { _ in Self.fail(.httpStatus) }, watch: { nil }, progress: { _, _, _ in })
        #expect(!ending.passed)
        #expect(ending.last.cause == .httpStatus)
        #expect(ending.pauses == [100, 200, 400, 300])
        #expect(ending.attempts == 5)
        #expect(clock.elapsedMilliseconds == 1000)
    }

    @Test func successThresholdNeedsConsecutivePasses() async {
        let clock = ManualClock()
        let timing = Timing(intervalMilliseconds: 100, backoff: 1, jitter: 0, successThreshold: 3)
        var loop = Self.loop(timing, clock: clock)
        // pass, fail, pass, pass, pass: the failure resets the streak.
        let script = [true, false, true, true, true]
        let ending = await loop.run(
            attempt: { number in script[number - 1] ? Self.pass() : Self.fail() }, watch: { nil },
            progress: { _, _, _ in })
        #expect(ending.passed)
        #expect(ending.attempts == 5)
    }

    /// An HTTP test and Docker's health status: `health` says what Docker reports in each attempt.
    static func testedAndRead(http: Bool, health: Bool) -> AttemptOutcome {
        var outcome = AttemptOutcome(results: [
            CheckResult(
                target: "t", check: "http :8080/health", status: http ? .healthy : .unhealthy,
                cause: http ? nil : .connectionRefused, message: http ? "200" : "refused"),
            CheckResult(
                target: "t", check: "docker health", status: health ? .healthy : .unhealthy,
                cause: health ? nil : .containerUnhealthy, message: health ? "healthy" : "starting"),
        ])
        outcome.tests = ["http :8080/health"]
        return outcome
    }

    @Test func theThresholdCountsTheTestsAndTheHealthStatusMustHoldAtTheEnd() async {
        let timing = Timing(
            intervalMilliseconds: 100, maxIntervalMilliseconds: 1000, backoff: 2, jitter: 0, successThreshold: 3)
        // The server answers from the first attempt; Docker's first healthcheck passes at the fourth.
        let answersEarly = [(true, false), (true, false), (true, false), (true, true)]
        var loop = Self.loop(timing, clock: ManualClock())
        var ending = await loop.run(
            attempt: { Self.testedAndRead(http: answersEarly[$0 - 1].0, health: answersEarly[$0 - 1].1) },
            watch: { nil }, progress: { _, _, _ in })
        #expect(ending.passed && ending.attempts == 4, "3 passing tests before, healthy now: no re-reads of the status")
        #expect(ending.pauses == [100, 100, 100], "the service answers: Docker's status is read at the base interval")
        // Healthy early, but the test fails once: the streak of tests starts again.
        let flaps = [(true, true), (false, true), (true, true), (true, true), (true, true)]
        loop = Self.loop(timing, clock: ManualClock())
        ending = await loop.run(
            attempt: { Self.testedAndRead(http: flaps[$0 - 1].0, health: flaps[$0 - 1].1) }, watch: { nil },
            progress: { _, _, _ in })
        #expect(ending.passed && ending.attempts == 5)
        // The tests pass throughout but Docker never says healthy: the wait does not pass.
        loop = Self.loop(
            Timing(deadlineMilliseconds: 1000, intervalMilliseconds: 100, backoff: 1, jitter: 0, successThreshold: 3),
            clock: ManualClock())
        ending = await loop.run(
            attempt: { _ in Self.testedAndRead(http: true, health: false) }, watch: { nil }, progress: { _, _, _ in })
        #expect(!ending.passed && ending.last.cause == .containerUnhealthy)
    }

    @Test func confirmingPassesComeAtTheBaseIntervalNotTheBackoff() async {
        let clock = ManualClock()
        let timing = Timing(
            intervalMilliseconds: 100, maxIntervalMilliseconds: 1000, backoff: 2, jitter: 0, successThreshold: 3)
        var loop = Self.loop(timing, clock: clock)
        let script = [false, false, false, true, true, true]
        let ending = await loop.run(
            attempt: { number in script[number - 1] ? Self.pass() : Self.fail() }, watch: { nil },
            progress: { _, _, _ in })
        #expect(ending.passed && ending.attempts == 6)
        #expect(ending.pauses == [100, 200, 400, 100, 100], "backoff while failing, the base interval between passes")
    }

    @Test func fatalOutcomeEndsTheWaitAtOnce() async {
        let clock = ManualClock()
        var loop = Self.loop(Timing(deadlineMilliseconds: 60_000), clock: clock)
        let ending = await loop.run(
            attempt: { number in number == 3 ? Self.fail(.containerExited, fatal: true) : Self.fail() },
            watch: { nil }, progress: { _, _, _ in })
        #expect(ending.attempts == 3)
        #expect(ending.last.cause == .containerExited)
        #expect(clock.elapsedMilliseconds < 1000)
    }

    @Test func watchBetweenAttemptsCatchesAnExitDuringALongPause() async {
        let clock = ManualClock()
        let timing = Timing(
            deadlineMilliseconds: 60_000, intervalMilliseconds: 10_000, maxIntervalMilliseconds: 10_000, jitter: 0)
        var loop = Self.loop(timing, clock: clock)
        let ending = await loop.run(
            attempt: { _ in Self.fail() },
            watch: { clock.elapsedMilliseconds >= 1000 ? Self.fail(.containerExited, fatal: true) : nil },
            progress: { _, _, _ in })
        #expect(ending.last.cause == .containerExited)
        #expect(ending.attempts == 1)
        #expect(clock.elapsedMilliseconds == 1000, "noticed within one 250 ms watch slice")
    }

    @Test func startPeriodKeepsTheIntervalShort() async {
        let clock = ManualClock()
        let timing = Timing(
            deadlineMilliseconds: 2000, startPeriodMilliseconds: 1000, intervalMilliseconds: 100,
            maxIntervalMilliseconds: 10_000, backoff: 2, jitter: 0)
        var loop = Self.loop(timing, clock: clock)
        let ending = await loop.run(
            attempt: { _ in clock.elapsedMilliseconds >= 900 ? Self.pass() : Self.fail() }, watch: { nil },
            progress: { _, _, _ in })
        #expect(ending.passed, "failures inside the start period do not grow the backoff")
        #expect(ending.pauses.allSatisfy { $0 == 100 })
        #expect(ending.elapsedMilliseconds == 900)
    }

    /// `--start-period 1s --timeout 300ms` once waited the full second: the timeout is a bound.
    @Test func startPeriodNeverExtendsTheDeadline() async {
        let clock = ManualClock()
        let timing = Timing(
            deadlineMilliseconds: 300, startPeriodMilliseconds: 1000, intervalMilliseconds: 100,
            maxIntervalMilliseconds: 10_000, backoff: 2, jitter: 0)
        var loop = Self.loop(timing, clock: clock)
        let ending = await loop.run(
            attempt: { _ in clock.elapsedMilliseconds >= 900 ? Self.pass() : Self.fail() }, watch: { nil },
            progress: { _, _, _ in })
        #expect(!ending.passed)
        #expect(ending.elapsedMilliseconds == 300)
    }

    @Test func progressReportsEveryAttemptWithItsError() async {
        let clock = ManualClock()
        var loop = Self.loop(Timing(intervalMilliseconds: 100, jitter: 0), clock: clock)
        var seen: [(Int, String?)] = []
        _ = await loop.run(
            attempt: { number in number < 3 ? Self.fail(.timeout) : Self.pass() }, watch: { nil },
            progress: { number, _, error in seen.append((number, error)) })
        #expect(seen.map(\.0) == [1, 2, 3])
        #expect(seen.map(\.1) == ["timeout", "timeout", nil])
    }
}
