import ShipshapeCore
import Testing

@testable import DeployModel

@Suite struct DotenvTests {
    @Test func assignmentsQuotesAndComments() throws {
        let text = """
            # comment
            KEY=value
            export EXPORTED=yes
              SPACED = around equals  
            DQ="double \\"quoted\\" \\n with escapes"
            SQ='single $NOT'
            COMMENTED=value # a comment
            HASH=val#ue
            EMPTY=
            REF=${OTHER}/path

            MULTI="line one
            line two"
            AFTER=1
            """
        let file = DotenvParser.parse(path: ".env", text: text)
        #expect(file.problems.isEmpty)
        let values = file.values
        #expect(values["KEY"] == "value")
        #expect(values["EXPORTED"] == "yes")
        #expect(values["SPACED"] == "around equals")
        #expect(values["DQ"] == "double \"quoted\" \n with escapes")
        #expect(values["SQ"] == "single $NOT")
        #expect(values["COMMENTED"] == "value")
        #expect(values["HASH"] == "val#ue")
        #expect(values["EMPTY"] == "")
        #expect(values["REF"] == "${OTHER}/path")
        #expect(values["MULTI"] == "line one\nline two")
        #expect(values["AFTER"] == "1")
        let spaced = try #require(file.entries.first { $0.key == "SPACED" })
        #expect(spaced.keyLocation.start == SourcePosition(line: 4, column: 3))
        #expect(spaced.valueText.positions.first == SourcePosition(line: 4, column: 12))
        let quoted = try #require(file.entries.first { $0.key == "DQ" })
        #expect(position(of: "with", in: quoted.valueText) == SourcePosition(line: 5, column: 26))
        let multi = try #require(file.entries.first { $0.key == "MULTI" })
        #expect(position(of: "two", in: multi.valueText) == SourcePosition(line: 13, column: 6))
        #expect(file.entries.first { $0.key == "AFTER" }?.keyLocation.line == 14)
    }

    @Test func garbageLinesAreReportedAndSkipped() {
        let file = DotenvParser.parse(
            path: ".env", text: "GOOD=1\nthis is not an assignment\n1BAD=2\nALSO_GOOD=2\nOPEN=\"never closed\nLAST=3\n")
        #expect(file.entries.map(\.key) == ["GOOD", "ALSO_GOOD", "OPEN", "LAST"])
        #expect(file.problems.map(\.location.line) == [2, 3, 5])
        #expect(file.values["OPEN"] == "never closed")
    }

    @Test func crlf() {
        let file = DotenvParser.parse(path: ".env", text: "A=1\r\nB=\"two\"\r\n# c\r\nC=three # x\r\n")
        #expect(file.values == ["A": "1", "B": "two", "C": "three"])
        #expect(file.problems.isEmpty)
    }
}
