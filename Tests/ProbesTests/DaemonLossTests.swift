import ShipshapeCore
import Testing

@testable import Probes
@testable import Waiting

@Suite struct DaemonLossReviewTests {
    static func unreachable() -> AttemptOutcome {
        .failure(target: "t", check: "inspect", cause: .daemonUnreachable, message: "not reachable", fatal: false)
    }

    @Test func aDaemonThatBlinksDoesNotEndTheWait() {
        var loss = DaemonLoss()
        let start = ContinuousClock.now
        var fatal: [Bool] = []
        fatal.append(loss.review(Self.unreachable(), at: start)?.fatal != nil)
        fatal.append(loss.review(Self.unreachable(), at: start + .milliseconds(2_500))?.fatal != nil)
        // It answered again: the clock starts over.
        _ = loss.review(nil, at: start + .milliseconds(2_600))
        fatal.append(loss.review(Self.unreachable(), at: start + .milliseconds(4_000))?.fatal != nil)
        fatal.append(loss.review(Self.unreachable(), at: start + .milliseconds(6_000))?.fatal != nil)
        #expect(fatal == [false, false, false, false])
    }

    @Test func aDaemonGoneForTheGracePeriodEndsTheWait() throws {
        var loss = DaemonLoss()
        let start = ContinuousClock.now
        _ = loss.review(Self.unreachable(), at: start)
        let reviewed = loss.review(Self.unreachable(), at: start + .milliseconds(3_100))
        let outcome = try #require(reviewed)
        #expect(outcome.fatal == .daemonUnreachable)
        #expect(outcome.results.first?.message.contains("stopped answering during the wait (3100 ms)") == true)
        #expect(outcome.results.first?.nextStep?.contains("systemctl status docker") == true)
    }

    @Test func otherFailuresPassThroughUntouched() {
        var loss = DaemonLoss()
        let refused = AttemptOutcome.failure(
            target: "t", check: "tcp :1", cause: .connectionRefused, message: "refused", fatal: false)
        let reviewed = loss.review(refused, at: .now)
        #expect(reviewed?.results.first?.message == "refused")
        #expect(reviewed?.fatal == nil)
    }
}
