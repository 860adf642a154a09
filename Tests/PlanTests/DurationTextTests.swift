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

    /// Huge values used to trap converting to `Int` (SIGILL); now they are refused as out of range.
    @Test(arguments: ["inf", "infinity", "1e309", "9223372036854775807", "99999999999999999999h", "8785h", "1e12"])
    func refusesOutOfRange(text: String) {
        #expect(DurationText.parse(text) == .failure(.outOfRange))
        #expect(
            DurationText.problem(text, for: "--timeout", example: "90s").contains("--timeout '\(text)' is too long"))
    }

    @Test(arguments: ["nan", "-inf", "0x1p3s", "５s"])
    func refusesOddNumbers(text: String) {
        #expect(DurationText.parse(text) == .failure(.notADuration))
    }

    @Test func acceptsTheLongestDuration() {
        #expect(DurationText.milliseconds("8784h") == DurationText.maximumMilliseconds)
    }

    @Test func formats() {
        #expect(DurationText.format(milliseconds: 250) == "250ms")
        #expect(DurationText.format(milliseconds: 1_500) == "1.5s")
        #expect(DurationText.format(milliseconds: 90_000) == "1m30s")
    }
}
