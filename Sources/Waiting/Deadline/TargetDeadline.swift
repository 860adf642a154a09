import DockerEngine
import Plan
import Probes
import ShipshapeCore

/// The one timer that bounds a target: whatever hangs inside its runner (a Docker daemon that stopped
/// answering mid-call, a stuck diagnostic), the target ends at its deadline plus a short grace and is
/// still reported, with what it had learnt before.
enum TargetDeadline {
    /// Time past the deadline for the last attempt and the diagnostics of a target that failed at it.
    static let graceMilliseconds = 800
    /// How long the daemon gets to answer a ping once the timer has fired: the evidence for blaming it.
    static let pingMilliseconds = 150

    /// `work`'s outcome, or, when the limit passes first, an outcome built from what the runner had
    /// learnt. `client` is the daemon a container target goes through (nil for URL targets).
    static func run(
        _ context: TargetContext, client: (any DockerEngineAPI)?, _ work: @escaping @Sendable () async -> TargetOutcome
    ) async -> TargetOutcome {
        let limit = context.timing.deadlineMilliseconds + graceMilliseconds
        if let outcome = try? await TimeLimit.run(.milliseconds(limit), work) { return outcome }
        var daemonSilent = false
        if let client {
            let answered = try? await TimeLimit.run(.milliseconds(pingMilliseconds)) { try await client.ping() }
            daemonSilent = answered == nil
        }
        return cutOff(context, limitMilliseconds: limit, daemonSilent: daemonSilent)
    }

    /// The report of a target cut off by the timer; `daemonSilent` when the daemon did not answer a
    /// ping right after, so the daemon is to blame (exit 3) rather than a slow call.
    static func cutOff(_ context: TargetContext, limitMilliseconds: Int, daemonSilent: Bool) -> TargetOutcome {
        let seen = context.checkpoint.current
        let seconds = DurationText.format(milliseconds: context.timing.deadlineMilliseconds)
        // The loop had ended: only what comes after it (container details, log tail) did not finish.
        if var outcome = seen.loopOutcome {
            outcome.elapsedMilliseconds = limitMilliseconds
            guard daemonSilent else {
                outcome.notes.append("the log tail and container details were not gathered before the deadline")
                return outcome
            }
            outcome.notes.append("the log tail and container details are missing: the Docker daemon stopped answering")
            // A probe's failure is still evidence, but the host itself failed: the daemon is the cause.
            if outcome.status == .unhealthy {
                outcome.cause = .daemonUnreachable
                outcome.results.append(silent(context, seconds: seconds, last: ""))
            }
            return outcome
        }
        let last = seen.lastError.map { " The last attempt (\(seen.attempts)) said: \($0)" } ?? ""
        let result =
            daemonSilent
            ? silent(context, seconds: seconds, last: last)
            : CheckResult(
                target: context.name, check: "deadline", status: .unhealthy, cause: .timeout,
                message: "the attempt in progress was still running when the \(seconds) deadline passed.\(last)")
        return TargetOutcome(
            name: context.name, status: .unhealthy, cause: result.cause, attempts: seen.attempts,
            elapsedMilliseconds: limitMilliseconds, results: [result])
    }

    private static func silent(_ context: TargetContext, seconds: String, last: String) -> CheckResult {
        CheckResult(
            target: context.name, check: "docker", status: .unhealthy, cause: .daemonUnreachable,
            message: "a call to the Docker daemon was still unanswered when the \(seconds) deadline passed, "
                + "and it did not answer a ping.\(last)",
            nextStep: FailureCause.daemonUnreachable.nextStep)
    }
}
