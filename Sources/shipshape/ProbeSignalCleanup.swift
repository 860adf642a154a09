import Dispatch
import DockerEngine
import Foundation

/// While `lint --probe-images` has containers on the daemon, SIGTERM and SIGINT first remove this
/// run's containers (found by their owner label), then end the process as the signal would.
/// Anything created after the last look is swept by the next run.
struct ProbeSignalCleanup {
    /// The signal received, recorded before any container is removed.
    actor Interruption {
        private(set) var signal: Int32?

        /// False when a signal was recorded already (one cleanup at a time).
        func record(_ number: Int32) -> Bool {
            guard signal == nil else { return false }
            signal = number
            return true
        }
    }

    static let signals: [Int32] = [SIGTERM, SIGINT]

    private let sources: [any DispatchSourceSignal]
    private let interruption = Interruption()

    init() {
        let interruption = self.interruption
        sources = Self.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Task {
                    guard await interruption.record(number) else { return }
                    _ = try? await DockerClient.withClient { client in try await client.removeOwnStatContainers() }
                    exit(128 + number)
                }
            }
            source.resume()
            return source
        }
    }

    /// Restores the default handling; when a signal arrived, waits for its cleanup to end the
    /// process instead (the probing's own failure must not win the race).
    func finish() async {
        if let number = await interruption.signal {
            try? await Task.sleep(for: .seconds(30))
            exit(128 + number)
        }
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
