import Testing

@testable import Plan

@Suite struct DurationExactTests {
    @Test(arguments: [0, 1, 250, 1_000, 1_500, 60_000, 90_000, 90_001, 3_600_000, 5_400_000])
    func readsBack(milliseconds: Int) {
        #expect(DurationText.milliseconds(DurationText.exactText(milliseconds: milliseconds)) == milliseconds)
    }
}
