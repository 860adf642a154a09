import Testing

@testable import Plan

@Suite struct DurationTextTests {
    @Test(arguments: [("90s", 90_000), ("1m30s", 90_000), ("500ms", 500), ("2h", 7_200_000), ("1.5", 1_500), ("0", 0)])
    func parses(text: String, milliseconds: Int) {
        #expect(DurationText.milliseconds(text) == milliseconds)
    }

    @Test(arguments: ["", "s", "ten seconds", "5x", "-3", "1m-2s"])
    func rejects(text: String) {
        #expect(DurationText.milliseconds(text) == nil)
    }

    @Test func formats() {
        #expect(DurationText.format(milliseconds: 250) == "250ms")
        #expect(DurationText.format(milliseconds: 1_500) == "1.5s")
        #expect(DurationText.format(milliseconds: 90_000) == "1m30s")
    }
}
