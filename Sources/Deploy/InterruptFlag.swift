import Foundation

/// Set by SIGINT/SIGTERM; the deploy checks it between steps (and races it against long steps) and turns
/// into a rollback.
public actor InterruptFlag {
    public private(set) var signalName: String?
    var sources: [any DispatchSourceSignal] = []

    public init() {}

    public func raise(_ name: String) { if signalName == nil { signalName = name } }

    /// Routes SIGINT and SIGTERM here instead of ending the process.
    public func install() {
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                Task { await self.raise(name) }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Waits until a signal arrives (polling; cancelled with its task).
    public func wait() async throws -> String {
        while true {
            if let signalName { return signalName }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
