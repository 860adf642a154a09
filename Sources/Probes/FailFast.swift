import DockerEngine
import ShipshapeCore

/// Reads a container's state and says when waiting longer cannot help.
enum FailFast {
    /// A fatal classification (exited, OOM-killed, restarting), a non-fatal "not up yet", or nil when running.
    static func check(_ details: ContainerDetails, baselineRestarts: Int) -> (Classification, fatal: Bool)? {
        let state = details.state
        if state.restarting {
            return (
                Classification(
                    .containerRestarting,
                    "the container is restarting (restart count \(details.restartCount), last exit code \(state.exitCode))",
                    nextStep: "read the log tail below: the process keeps exiting"), true
            )
        }
        if details.restartCount > baselineRestarts {
            return (
                Classification(
                    .containerRestarting,
                    "the container restarted \(details.restartCount - baselineRestarts) time(s) during the wait (restart count \(details.restartCount))",
                    nextStep: "read the log tail below: the process keeps exiting"), true
            )
        }
        if state.running { return nil }
        switch state.status {
        case "exited", "dead":
            return (exited(state), true)
        case "removing":
            return (Classification(.containerNotFound, "the container is being removed"), true)
        default:
            // created / paused: not running yet, but nothing says it will not be.
            return (Classification(.containerExited, "the container is \(state.status), not running"), false)
        }
    }

    static func exited(_ state: ContainerDetails.State) -> Classification {
        if state.oomKilled {
            return Classification(
                .containerExited, "the container was OOM-killed (OOMKilled, exit code \(state.exitCode))",
                nextStep: "raise the memory limit or find what uses the memory")
        }
        return Classification(
            .containerExited, "the container exited with code \(state.exitCode)",
            nextStep: "read the log tail below for why the process stopped")
    }
}
