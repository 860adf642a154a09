import Foundation
import Probes
import Synchronization
import Waiting

/// Shows waiting as it happens: on a terminal one live line per target (attempt, elapsed, last
/// error), redrawn in place; elsewhere a plain line whenever a target's state changes.
public final class WaitProgressDisplay: Sendable {
    struct State {
        var order: [String] = []
        var lines: [String: String] = [:]
        var lastErrors: [String: String] = [:]
        var drawn = 0
    }

    let live: Bool
    let write: @Sendable (String) -> Void
    private let state = Mutex(State())

    /// - Parameter live: redraw lines in place (a terminal); otherwise append plain lines.
    public init(live: Bool, write: @escaping @Sendable (String) -> Void) {
        self.live = live
        self.write = write
    }

    public func handle(_ event: WaitProgress) {
        state.withLock { state in
            switch event {
            case .attempt(let target, let number, let elapsed, let lastError):
                if !state.order.contains(target) { state.order.append(target) }
                let error = lastError.map { ": \($0)" } ?? ""
                state.lines[target] = "… \(target)  attempt \(number)  \(WaitTextReporter.seconds(elapsed))\(error)"
                if !live, let lastError, state.lastErrors[target] != lastError {
                    state.lastErrors[target] = lastError
                    write("\(target): attempt \(number) at \(WaitTextReporter.seconds(elapsed)): \(lastError)\n")
                }
            case .finished(let outcome):
                if !state.order.contains(outcome.name) { state.order.append(outcome.name) }
                let mark = outcome.status == .healthy ? "✓" : "✗"
                state.lines[outcome.name] =
                    "\(mark) \(outcome.name)  \(outcome.status.rawValue) after \(outcome.attempts) attempt(s), "
                    + WaitTextReporter.seconds(outcome.elapsedMilliseconds)
            // Without a terminal the final report (stdout) says how each target ended: saying it
            // here too would print every result twice.
            }
            if live { redraw(&state) }
        }
    }

    /// Moves the cursor up over the previous drawing and rewrites every line.
    private func redraw(_ state: inout State) {
        var output = state.drawn > 0 ? "\u{1B}[\(state.drawn)A" : ""
        for target in state.order {
            output += "\r\u{1B}[2K" + String((state.lines[target] ?? target).prefix(160)) + "\n"
        }
        state.drawn = state.order.count
        write(output)
    }
}
