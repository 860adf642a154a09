import Plan
import Probes
import ShipshapeCore

/// The one timer that bounds a target: whatever hangs inside its runner (a Docker daemon that stopped
/// answering mid-call, a stuck diagnostic), the target ends at its deadline plus a short grace and is
/// still reported, with what it had learnt before.
enum TargetDeadline {
    /// Time past the deadline for the last attempt and the diagnostics of a target that failed at it.
    static let graceMilliseconds = 800

    /// `work`'s outcome, or, when the limit passes first, an outcome built from `checkpoint`.
    static func run(
        _ context: TargetContext, throughDocker: Bool, _ work: @escaping @Sendable () async -> TargetOutcome
    ) async -> TargetOutcome {
        let limit = context.timing.deadlineMilliseconds + graceMilliseconds
        if let outcome = try? await TimeLimit.run(.milliseconds(limit), work) { return outcome }
        return cutOff(context, limitMilliseconds: limit, throughDocker: throughDocker)
    }

    /// The report of a target cut off by the timer.
    static func cutOff(_ context: TargetContext, limitMilliseconds: Int, throughDocker: Bool) -> TargetOutcome {
        let seen = context.checkpoint.current
        let seconds = DurationText.format(milliseconds: context.timing.deadlineMilliseconds)
        // The loop had ended: only what comes after it (container details, log tail) hung.
        if var outcome = seen.loopOutcome {
            outcome.elapsedMilliseconds = limitMilliseconds
            guard throughDocker else {
                outcome.notes.append("the report's details were not gathered before the deadline")
                return outcome
            }
            outcome.notes.append("the log tail and container details are missing: the Docker daemon stopped answering")
            // A probe's failure is still evidence, but the host itself failed: the daemon is the cause.
            if outcome.status == .unhealthy {
                outcome.cause = .daemonUnreachable
                outcome.results.append(daemonSilent(context, seconds: seconds, last: ""))
            }
            return outcome
        }
        let last = seen.lastError.map { " The last attempt (\(seen.attempts)) said: \($0)" } ?? ""
        let result =
            throughDocker
            ? daemonSilent(context, seconds: seconds, last: last)
            : CheckResult(
                target: context.name, check: "deadline", status: .unhealthy, cause: .timeout,
                message: "the attempt in progress was still running when the \(seconds) deadline passed.\(last)")
        return TargetOutcome(
            name: context.name, status: .unhealthy, cause: result.cause, attempts: seen.attempts,
            elapsedMilliseconds: limitMilliseconds, results: [result])
    }

    private static func daemonSilent(_ context: TargetContext, seconds: String, last: String) -> CheckResult {
        CheckResult(
            target: context.name, check: "docker", status: .unhealthy, cause: .daemonUnreachable,
            message: "a call to the Docker daemon was still unanswered when the \(seconds) deadline passed.\(last)",
            nextStep: "check the daemon: `systemctl status docker`, `journalctl -u docker`")
    }
}
