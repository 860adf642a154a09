import Foundation

/// Runs a user's regular expression with a time budget, so a backtracking pattern (`^(a+)+$`) on a
/// hostile body cannot hold a command past its `--timeout`.
///
/// `NSRegularExpression` reports progress while it matches; the block stops it once the budget is
/// spent.
public enum BoundedRegex {
    public enum Outcome: Sendable, Equatable {
        case matched
        case notMatched
        /// The budget ran out before the pattern decided.
        case gaveUp
    }

    /// Default budget for one evaluation.
    public static let budget: Duration = .milliseconds(500)

    public static func firstMatch(
        _ regex: NSRegularExpression, in text: String, budget: Duration = BoundedRegex.budget
    ) -> Outcome {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: budget)
        var outcome = Outcome.notMatched
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) {
            match, _, stop in
            if match != nil {
                outcome = .matched
                stop.pointee = true
            } else if clock.now >= deadline {
                outcome = .gaveUp
                stop.pointee = true
            }
        }
        return outcome
    }
}
