import Testing

@testable import ShipshapeCore

@Suite struct EmbeddedTextTests {
    @Test func contiguousTextCountsLinesAndColumns() {
        let text = EmbeddedText(file: "f", text: "ab\ncd", start: SourcePosition(line: 10, column: 7))
        #expect(text.positions[0] == SourcePosition(line: 10, column: 7))
        #expect(text.positions[3] == SourcePosition(line: 11, column: 1))
        #expect(text.location(of: 3..<5) == SourceLocation(file: "f", line: 11, column: 1, endColumn: 3))
    }

    @Test func sliceKeepsPositions() {
        let text = EmbeddedText(file: "f", text: "echo wget", start: SourcePosition(line: 2, column: 3))
        let word = text.slice(5..<9)
        #expect(word.text == "wget")
        #expect(word.location(of: 0..<4) == SourceLocation(file: "f", line: 2, column: 8, endColumn: 12))
    }

    @Test func outOfRangeIsClampedNotFatal() {
        let text = EmbeddedText(file: "f", text: "x")
        #expect(text.location(of: 5..<9).start == SourcePosition(line: 1, column: 2))
        #expect(text.slice(-3..<99).text == "x")
    }
}
