import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The first SIGINT/SIGTERM since `InterruptFlag.install()` (0: none). A global because a C signal handler can
/// capture nothing; an atomic store is async-signal-safe.
private let firstSignal = Atomic<Int32>(0)

/// The first signal is stored for the deploy to see at its next safe point. A second one ends the process as
/// that signal does (default disposition, raised again): the journal and the lock stay, and the next command
/// recovers the deploy as after `kill -9`. `signal` and `raise` are async-signal-safe.
private func handleInterrupt(_ number: Int32) {
    let (stored, _) = firstSignal.compareExchange(expected: 0, desired: number, ordering: .sequentiallyConsistent)
    guard !stored else { return }
    signal(number, SIG_DFL)
    raise(number)
}

/// Set by SIGINT/SIGTERM; the deploy checks it between steps (and races it against the steps that wait: the
/// gate, the soak, the pre-cutover command) and turns into a rollback recorded as `interrupted`.
///
/// The signals are *caught* by a handler, never ignored: a caught signal is reset to its default action by
/// `exec`, so `docker compose` and the other children end on SIGTERM as usual (an ignored one would be
/// inherited, and a timed-out child would only end at the SIGKILL).
public actor InterruptFlag {
    private var raised: String?
    private var installed = false

    public init() {}

    /// The signal that arrived ("SIGTERM", "SIGINT"), if any.
    public var signalName: String? {
        if let raised { return raised }
        guard installed else { return nil }
        return Self.name(firstSignal.load(ordering: .sequentiallyConsistent))
    }

    /// Records an interruption without a signal (tests, a lost lock).
    public func raise(_ name: String) { if raised == nil { raised = name } }

    /// Routes SIGINT and SIGTERM here instead of ending the process (a second one still ends it).
    public func install() {
        firstSignal.store(0, ordering: .sequentiallyConsistent)
        installed = true
        signal(SIGINT, handleInterrupt)
        signal(SIGTERM, handleInterrupt)
    }

    /// Gives SIGINT and SIGTERM their default action back.
    public func uninstall() {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        installed = false
        firstSignal.store(0, ordering: .sequentiallyConsistent)
    }

    /// Waits until a signal arrives (polling every 50 ms; cancelled with its task).
    public func wait() async throws -> String {
        while true {
            if let name = signalName { return name }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    static func name(_ number: Int32) -> String? {
        switch number {
        case 0: nil
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: "signal \(number)"
        }
    }
}
