import Plan

/// The timing keys shared by `defaults:` and each target.
enum TimingKeys {
    static let all = [
        "timeout", "attempt-timeout", "interval", "max-interval", "backoff", "jitter", "start-period", "successes",
        "stable-for",
    ]

    /// `base` with every timing key in `pairs` applied; other keys are ignored.
    static func read(_ pairs: [PlanPair], base: Timing, reader: PlanReader, keyPath: String) throws -> Timing {
        var timing = base
        for pair in pairs {
            let key = "\(keyPath).\(pair.key)"
            let value = pair.value
            switch pair.key {
            case "timeout": timing.deadlineMilliseconds = try reader.duration(value, key)
            case "attempt-timeout": timing.attemptTimeoutMilliseconds = try reader.duration(value, key)
            case "interval": timing.intervalMilliseconds = try reader.duration(value, key)
            case "max-interval": timing.maxIntervalMilliseconds = try reader.duration(value, key)
            case "start-period": timing.startPeriodMilliseconds = try reader.duration(value, key)
            case "backoff": timing.backoff = try reader.double(value, key, what: "a factor from 1 to 10", in: 1...10)
            case "jitter": timing.jitter = try reader.double(value, key, what: "a fraction from 0 to 1", in: 0...1)
            case "successes":
                timing.successThreshold = try reader.int(value, key, what: "a count from 1 to 100", in: 1...100)
            case "stable-for": timing.stableMilliseconds = try reader.duration(value, key)
            default: continue
            }
        }
        return timing
    }

    /// Timing lines that differ from `base` (all of them when `base` is nil), in `all` order.
    static func lines(_ timing: Timing, base: Timing?) -> [(key: String, value: String)] {
        func duration(_ milliseconds: Int) -> String { DurationText.exactText(milliseconds: milliseconds) }
        let entries: [(String, String, Bool)] = [
            (
                "timeout", duration(timing.deadlineMilliseconds),
                timing.deadlineMilliseconds == base?.deadlineMilliseconds
            ),
            (
                "attempt-timeout", duration(timing.attemptTimeoutMilliseconds),
                timing.attemptTimeoutMilliseconds == base?.attemptTimeoutMilliseconds
            ),
            (
                "interval", duration(timing.intervalMilliseconds),
                timing.intervalMilliseconds == base?.intervalMilliseconds
            ),
            (
                "max-interval", duration(timing.maxIntervalMilliseconds),
                timing.maxIntervalMilliseconds == base?.maxIntervalMilliseconds
            ),
            ("backoff", "\(timing.backoff)", timing.backoff == base?.backoff),
            ("jitter", "\(timing.jitter)", timing.jitter == base?.jitter),
            (
                "start-period", duration(timing.startPeriodMilliseconds),
                timing.startPeriodMilliseconds == base?.startPeriodMilliseconds
            ),
            ("successes", "\(timing.successThreshold)", timing.successThreshold == base?.successThreshold),
            (
                "stable-for", duration(timing.stableMilliseconds),
                timing.stableMilliseconds == base?.stableMilliseconds
            ),
        ]
        let changed = entries.filter { !$0.2 }.map { (key: $0.0, value: $0.1) }
        // A target that sets timing equal to the defaults still needs one line to keep its override.
        if changed.isEmpty, base != nil, let first = entries.first { return [(key: first.0, value: first.1)] }
        return changed
    }
}
