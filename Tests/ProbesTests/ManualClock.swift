import NIOConcurrencyHelpers
import Probes
import Waiting

/// A clock that never sleeps: `sleep` moves time forward at once and records the pause.
struct ManualClock: WaitClock {
    private struct State {
        var offset: Duration = .zero
        var sleeps: [Duration] = []
    }

    private let origin = ContinuousClock.now
    private let state = NIOLockedValueBox(State())

    func now() -> ContinuousClock.Instant { origin + state.withLockedValue { $0.offset } }

    func sleep(for duration: Duration) async throws {
        state.withLockedValue {
            $0.offset += duration
            $0.sleeps.append(duration)
        }
    }

    /// Moves time forward without a sleep (an attempt that takes time).
    func advance(by duration: Duration) { state.withLockedValue { $0.offset += duration } }

    var elapsedMilliseconds: Int {
        let offset = state.withLockedValue { $0.offset }
        return Int(offset.components.seconds) * 1000 + Int(offset.components.attoseconds / 1_000_000_000_000_000)
    }
}
