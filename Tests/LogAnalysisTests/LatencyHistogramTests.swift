import Foundation
import Testing

@testable import LogAnalysis

@Suite struct LatencyHistogramTests {
    /// A fixed linear congruential sequence: the same samples every run.
    struct Samples: Sequence, IteratorProtocol {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        mutating func next() -> Double? {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let uniform = Double(state >> 11) / Double(1 << 53)
            return 0.05 * Foundation.pow(2, uniform * 16)  // 0.05 ms … 3.3 s, log-uniform
        }
    }

    @Test(arguments: [0.5, 0.9, 0.95, 0.99, 0.999])
    func quantilesMatchExactNearestRank(q: Double) throws {
        var histogram = LatencyHistogram()
        let samples = Array(Samples().prefix(100_003))
        for sample in samples { histogram.record(sample) }
        let sorted = samples.sorted()
        let exact = sorted[Int((q * Double(sorted.count)).rounded(.up)) - 1]
        let estimate = try #require(histogram.quantile(q))
        #expect(abs(estimate - exact) / exact <= 1.0 / 256, "q=\(q): \(estimate) vs \(exact)")
    }

    @Test func smallSetsAndEdges() throws {
        var histogram = LatencyHistogram()
        #expect(histogram.quantile(0.5) == nil)
        for value in [0.0, 1, 2, 3, 1e12] { histogram.record(value) }
        histogram.record(-1)
        histogram.record(.nan)
        #expect(histogram.count == 5)
        #expect(histogram.quantile(1) == 1e12)
        #expect(try #require(histogram.quantile(0.2)) == 0)
        #expect(abs(try #require(histogram.quantile(0.6)) - 2) <= 2.0 / 256)
    }
}
