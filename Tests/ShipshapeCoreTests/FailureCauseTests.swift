import Testing

@testable import ShipshapeCore

/// The one cause vocabulary: every cause has its own place in the root-cause order.
@Suite struct FailureCauseTests {
    @Test func everyCauseHasItsOwnRank() {
        let ranks = FailureCause.allCases.map(\.rank)
        #expect(Set(ranks).count == FailureCause.allCases.count, "two causes share a rank: \(ranks)")
        #expect(ranks.allSatisfy { (0..<FailureCause.allCases.count).contains($0) })
    }

    /// The order people rely on when several checks fail at once.
    @Test func fundamentalCausesComeFirst() {
        let chain: [FailureCause] = [
            .daemonUnreachable, .containerNotFound, .oomKilled, .containerExited, .containerNotStarted,
            .containerRestarting, .versionMismatch, .probeToolMissing, .connectionRefused, .tlsError, .notHTTP,
            .timeout, .httpStatus, .tlsCertificate,
        ]
        #expect(chain.map(\.rank) == chain.map(\.rank).sorted())
    }

    /// Every cause says what to do first, in its own words, and the masker leaves that advice alone.
    @Test func everyCauseHasItsOwnNextStep() {
        let steps = FailureCause.allCases.map(\.nextStep)
        #expect(steps.allSatisfy { !$0.isEmpty })
        #expect(Set(steps).count == steps.count, "two causes share a next step")
        for cause in FailureCause.allCases {
            #expect(SecretMasker.masking(cause.nextStep) == cause.nextStep, "masked: \(cause.nextStep)")
        }
    }
}
