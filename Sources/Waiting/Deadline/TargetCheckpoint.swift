import Probes
import Synchronization

/// What a target runner has learnt so far, kept outside the runner so that the deadline timer can
/// still report it when it cancels a runner stuck on an unanswered call.
final class TargetCheckpoint: Sendable {
    struct State: Sendable {
        var attempts = 0
        var lastError: String?
        var elapsedMilliseconds = 0
        /// The outcome of the finished retry loop, before diagnostics (log tail, verdict) are added.
        var loopOutcome: TargetOutcome?
    }

    private let state = Mutex(State())

    var current: State { state.withLock { $0 } }

    func attempted(_ number: Int, elapsedMilliseconds: Int, error: String?) {
        state.withLock {
            $0.attempts = number
            $0.lastError = error
            $0.elapsedMilliseconds = elapsedMilliseconds
        }
    }

    func loopEnded(_ outcome: TargetOutcome) {
        state.withLock { $0.loopOutcome = outcome }
    }
}
