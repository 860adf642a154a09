import Foundation

/// Failures inside a check; the checker turns each into a `DependencyCheckResult`, so they
/// never reach a caller.
enum DependencyProbesError: LocalizedError {
    case failed(DependencyCause, String)
    case timedOut(String, Duration)

    var errorDescription: String? {
        switch self {
        case .failed(_, let message): message
        case .timedOut(let step, let limit): "no answer to \(step) within \(limit.formatted)"
        }
    }

    var cause: DependencyCause {
        switch self {
        case .failed(let cause, _): cause
        case .timedOut: .timeout
        }
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// `2 s`, `250 ms`.
    var formatted: String {
        seconds >= 1 ? "\(seconds.formatted(.number.precision(.fractionLength(0...1)))) s" : "\(Int(seconds * 1000)) ms"
    }
}
