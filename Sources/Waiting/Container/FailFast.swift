import DockerEngine
import Probes
import ShipshapeCore

/// Reads a container's state and says when waiting longer cannot help.
enum FailFast {
    /// A fatal classification (exited, OOM-killed, restarting), a non-fatal "not up yet", or nil when running.
    static func check(_ followed: FollowedContainer) -> (Classification, fatal: Bool)? {
        let details = followed.details
        let state = details.state
        if state.restarting {
            return (
                Classification(
                    .containerRestarting,
                    "restart loop: the container is restarting (restart count \(details.restartCount), last exit code \(state.exitCode))",
                    nextStep: "read the log tail below: the process keeps exiting"), true
            )
        }
        if followed.restartedSinceBaseline {
            let count = details.restartCount - followed.baselineRestarts
            let times = count > 0 ? "\(count) time(s)" : "once"
            return (
                Classification(
                    .containerRestarting,
                    "restart loop: the container restarted \(times) during the wait (restart count \(details.restartCount))",
                    nextStep: "read the log tail below: the process keeps exiting"), true
            )
        }
        if state.running { return nil }
        switch state.status {
        case "exited", "dead":
            return (exited(state), true)
        case "removing":
            return (Classification(.containerNotFound, "the container is being removed"), true)
        case "paused":
            return (
                Classification(
                    .containerExited, "the container is paused", nextStep: "docker unpause \(displayName(details))"),
                false
            )
        default:
            // created: judged by NeverStarted, which knows the compose dependencies.
            return (Classification(.containerNotStarted, "the container is \(state.status), not running"), false)
        }
    }

    static func exited(_ state: ContainerDetails.State) -> Classification {
        if state.oomKilled {
            return Classification(
                .containerExited, "the container was OOM-killed (OOMKilled, exit code \(state.exitCode))",
                nextStep: "raise the memory limit or find what uses the memory")
        }
        if state.exitCode == 137 {
            return Classification(
                .containerExited,
                "the container was killed with SIGKILL (exit code 137, not an OOM kill): `docker kill`, a stop timeout, or the kernel",
                nextStep: "read the log tail below; check whether something stopped it (docker events)")
        }
        return Classification(
            .containerExited, "the container exited with code \(state.exitCode)",
            nextStep: "read the log tail below for why the process stopped")
    }

    static func displayName(_ details: ContainerDetails) -> String {
        details.name.hasPrefix("/") ? String(details.name.dropFirst()) : details.name
    }
}
