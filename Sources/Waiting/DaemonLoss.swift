import Probes
import ShipshapeCore

/// Tells a daemon that blinks (a `systemctl restart docker` during the deploy) from one that is gone.
///
/// While the daemon does not answer, attempts fail as `daemon-unreachable` without ending the wait;
/// once it has not answered for `graceMilliseconds`, the next such failure is fatal, so the wait
/// ends with exit code 3 within a few seconds instead of at its deadline.
struct DaemonLoss {
    static let graceMilliseconds = 3_000
    private var since: ContinuousClock.Instant?

    /// `outcome`, made fatal when the daemon has been unreachable for longer than the grace period.
    mutating func review(_ outcome: AttemptOutcome?, at now: ContinuousClock.Instant) -> AttemptOutcome? {
        guard let outcome, outcome.results.contains(where: { $0.cause == .daemonUnreachable }) else {
            since = nil
            return outcome
        }
        let start = since ?? now
        since = start
        let lost = (now - start).wholeMilliseconds
        guard lost >= Self.graceMilliseconds else { return outcome }
        var fatal = outcome
        fatal.fatal = .daemonUnreachable
        fatal.results = fatal.results.map { result in
            guard result.cause == .daemonUnreachable else { return result }
            var changed = result
            changed.message = "the Docker daemon stopped answering during the wait (\(lost) ms): \(result.message)"
            changed.nextStep = FailureCause.daemonUnreachable.nextStep
            return changed
        }
        return fatal
    }
}
