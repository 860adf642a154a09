import Plan
import Probes
import ShipshapeCore

/// The pauses between attempts: interval × backoff^(n-1), capped, then spread by ± jitter.
public struct BackoffSchedule: Sendable {
    public var intervalMilliseconds: Int
    public var maxIntervalMilliseconds: Int
    public var backoff: Double
    public var jitter: Double
    private var generator: SeededGenerator

    /// `seed` nil draws a random seed, so separate runs do not probe in lockstep.
    public init(timing: Timing, seed: UInt64?) {
        intervalMilliseconds = max(0, timing.intervalMilliseconds)
        maxIntervalMilliseconds = max(intervalMilliseconds, timing.maxIntervalMilliseconds)
        backoff = max(1, timing.backoff)
        jitter = min(max(0, timing.jitter), 1)
        generator = SeededGenerator(seed: seed ?? UInt64.random(in: .min ... .max))
    }

    /// The un-jittered pause after the `step`-th counted failure (step ≥ 1).
    public func basePause(step: Int) -> Int {
        var value = Double(intervalMilliseconds)
        // Multiply step by step so a large step cannot overflow before the cap applies.
        for _ in 1..<max(1, step) where value < Double(maxIntervalMilliseconds) { value *= backoff }
        return Int(min(value, Double(maxIntervalMilliseconds)).rounded())
    }

    /// The jittered pause: within basePause × (1 ± jitter).
    public mutating func pause(step: Int) -> Int {
        let base = Double(basePause(step: step))
        guard jitter > 0 else { return Int(base) }
        let spread = Double.random(in: -jitter...jitter, using: &generator)
        return max(0, Int((base * (1 + spread)).rounded()))
    }
}
