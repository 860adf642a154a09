import Plan
import Probes
import ShipshapeCore

/// Says that a wait ended before its deadline, and why waiting longer could not help.
enum StoppedEarly {
    static func note(_ ending: WaitLoop.Ending, timing: Timing) -> String? {
        guard let cause = ending.last.fatal, cause != .daemonUnreachable,
            ending.elapsedMilliseconds < timing.deadlineMilliseconds
        else { return nil }
        let spent = Double(ending.elapsedMilliseconds) / 1000
        let deadline = Double(timing.deadlineMilliseconds) / 1000
        return "stopped early, after \(format(spent)) s of the \(format(deadline)) s deadline: \(reason(cause))"
    }

    private static func reason(_ cause: FailureCause) -> String {
        switch cause {
        case .probeToolMissing: "the program the check runs is not in the container; it will not appear by waiting"
        case .noShell: "the check needs /bin/sh, which the image does not have"
        case .containerExited: "the container stopped"
        case .containerRestarting: "the container is in a restart loop"
        case .containerNotStarted: "the container will never be started as things are"
        case .containerNotFound: "the container is gone"
        case .tlsError: "the TLS certificate is not trusted; waiting does not change it"
        case .permissionDenied: "Docker refused access"
        default: "waiting longer cannot change this (\(cause.rawValue))"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds >= 10 ? String(Int(seconds.rounded())) : String((seconds * 10).rounded() / 10)
    }
}
