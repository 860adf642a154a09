import Dispatch
import DockerEngine
import Foundation

/// While `lint --probe-images` has containers on the daemon, SIGTERM and SIGINT first remove this
/// run's containers (found by their owner label), then end the process as the signal would.
/// Anything created in between is swept by the next run.
struct ProbeSignalCleanup {
    private let sources: [any DispatchSourceSignal]

    static let signals: [Int32] = [SIGTERM, SIGINT]

    init() {
        sources = Self.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Task {
                    _ = try? await DockerClient.withClient { client in try await client.removeOwnStatContainers() }
                    exit(128 + number)
                }
            }
            source.resume()
            return source
        }
    }

    /// Restores the default handling once the containers are gone.
    func end() {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
