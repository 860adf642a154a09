/// A fixed-size log-linear histogram of durations in milliseconds: constant memory whatever the
/// number of lines.
///
/// Buckets split each power of two into 128 equal parts (the top 7 bits of a `Double`'s
/// mantissa), from 2⁻¹⁰ ms (≈1 µs) up to 2³² ms (≈50 days); values outside are clamped to the
/// ends. A quantile is the midpoint of the bucket holding the nearest-rank sample, so it is
/// within **±0.4 %** (1/256) of the exact nearest-rank value inside that range. Exact minimum,
/// maximum and sum are kept besides.
public struct LatencyHistogram: Sendable, Equatable {
    static let subBuckets = 128
    static let minExponent = -10
    static let maxExponent = 32
    static let bucketCount = (maxExponent - minExponent) * subBuckets

    private var counts: [UInt32]
    public private(set) var count = 0
    public private(set) var sum = 0.0
    public private(set) var minimum = Double.infinity
    public private(set) var maximum = 0.0

    public init() {
        counts = Array(repeating: 0, count: Self.bucketCount)
    }

    /// Adds one duration; negative and non-finite values are ignored.
    public mutating func record(_ milliseconds: Double) {
        guard milliseconds.isFinite, milliseconds >= 0 else { return }
        counts[Self.bucket(of: milliseconds)] &+= 1
        count += 1
        sum += milliseconds
        minimum = Swift.min(minimum, milliseconds)
        maximum = Swift.max(maximum, milliseconds)
    }

    static func bucket(of value: Double) -> Int {
        let smallest = 0x1p-10
        guard value >= smallest else { return 0 }
        guard value < 0x1p32 else { return bucketCount - 1 }
        let exponent = Int(value.exponent) - minExponent
        let fraction = Int(value.significandBitPattern >> UInt64(Double.significandBitCount - 7))
        return exponent * subBuckets + fraction
    }

    /// The midpoint of a bucket.
    static func value(of bucket: Int) -> Double {
        let exponent = bucket / subBuckets + minExponent
        let fraction = Double(bucket % subBuckets)
        let low = (1 + fraction / Double(subBuckets)) * Double(sign: .plus, exponent: exponent, significand: 1)
        let width = Double(sign: .plus, exponent: exponent, significand: 1) / Double(subBuckets)
        return low + width / 2
    }

    /// The nearest-rank `q` quantile (0 < q ≤ 1): the value at rank ⌈q·n⌉; nil when empty.
    public func quantile(_ q: Double) -> Double? {
        guard count > 0 else { return nil }
        let rank = Swift.max(1, Int((q * Double(count)).rounded(.up)))
        if rank >= count { return maximum }
        if rank == 1 { return minimum }
        var seen = 0
        for (bucket, bucketCount) in counts.enumerated() where bucketCount > 0 {
            seen += Int(bucketCount)
            if seen >= rank { return Swift.min(Swift.max(Self.value(of: bucket), minimum), maximum) }
        }
        return maximum
    }

    /// Adds another histogram's samples (several containers into one report).
    public mutating func merge(_ other: LatencyHistogram) {
        for index in counts.indices { counts[index] &+= other.counts[index] }
        count += other.count
        sum += other.sum
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }
}
