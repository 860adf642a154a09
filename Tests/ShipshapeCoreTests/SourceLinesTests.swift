import ShipshapeCore
import Testing

@Suite struct SourceLinesTests {
    @Test func linesAreWhatAnEditorShows() {
        let lines = SourceLines("FROM x\r\nRUN a\n\nCMD b\n")
        #expect(lines.lineCount == 4)
        #expect(lines.line(1).text == "FROM x")
        #expect(lines.line(3).isEmpty)
        #expect(lines.line(4).text == "CMD b")
        #expect(lines.line(5).isEmpty)
        #expect(SourceLines("").lineCount == 0)
        #expect(SourceLines("no newline").lineCount == 1)
    }

    @Test func aByteOrderMarkIsNotAColumn() {
        let lines = SourceLines("\u{FEFF}services:\n  web: {}\n")
        #expect(lines.line(1).text == "services:")
        #expect(lines.scalar(at: SourcePosition(line: 1, column: 1)) == "s")
        #expect(lines.indentation(ofLine: 2) == 2)
    }

    @Test func positionsWalkAcrossLineEnds() {
        let lines = SourceLines("ab\ncd")
        #expect(lines.scalar(at: SourcePosition(line: 1, column: 3)) == "\n")
        #expect(lines.advance(SourcePosition(line: 1, column: 3)) == SourcePosition(line: 2, column: 1))
        #expect(lines.scalar(at: SourcePosition(line: 2, column: 3)) == nil)
        #expect(lines.isBlank(line: 7))
    }
}
