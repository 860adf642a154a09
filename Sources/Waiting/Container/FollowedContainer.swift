import DockerEngine
import Foundation
import Probes

/// The container a target stands for right now, and what it looked like when the wait started
/// following it: restarts and re-starts are measured against this baseline.
struct FollowedContainer: Sendable {
    var id: String
    var details: ContainerDetails
    var baselineRestarts: Int
    var baselineStartedAt: String
    /// The image the container runs, read once: it does not change for one container.
    var image: ImageDetails?
    /// Since when a `created` container has had every dependency satisfied without being started.
    var idleSince: ContinuousClock.Instant?

    init(_ details: ContainerDetails) {
        self.id = details.id
        self.details = details
        self.baselineRestarts = details.restartCount
        self.baselineStartedAt = details.state.startedAt
    }

    /// Seconds the current run of the container has lasted (0 when not started or unreadable).
    var uptimeMilliseconds: Int {
        guard let started = DockerTime.parse(details.state.startedAt) else { return 0 }
        let seconds = Date().timeIntervalSince(started)
        return seconds.isFinite ? max(0, Int(min(seconds, 1e9) * 1000)) : 0
    }

    /// The container was started again since the baseline (a restart policy, or `docker restart`).
    var restartedSinceBaseline: Bool {
        details.restartCount > baselineRestarts
            || (details.state.startedAt != baselineStartedAt && !baselineStartedAt.hasPrefix("0001-")
                && details.state.running)
    }
}
