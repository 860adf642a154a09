import Testing

@testable import DeployModel

/// Deployment files are parsed without Yams' typed resolver (every scalar is text); what that keeps.
@Suite struct UntypedYAMLTests {
    @Test func aDuplicatedKeyIsStillAParseProblemAtItsLine() {
        let document = YAMLDocument(
            file: "compose.yml", text: "services:\n  web:\n    image: a\n  web:\n    image: b\n")
        #expect(document.root == nil)
        #expect(document.problems.count == 1)
        #expect(document.problems.first?.message.contains("web") == true)
    }

    @Test func scalarsKeepTheirTextAndNullsAreStillNull() throws {
        let document = YAMLDocument(
            file: "compose.yml", text: "a: 010\nb: true\nc: 1.50\nd: ~\ne:\nf: '~'\n")
        let root = try #require(document.root)
        #expect(root["a"]?.string == "010")
        #expect(root["b"]?.string == "true")
        #expect(root["c"]?.string == "1.50")
        #expect(root["d"]?.isNull == true)
        #expect(root["e"]?.isNull == true)
        #expect(root["f"]?.isNull == false)
    }

    @Test func crlfAndLoneCarriageReturnsSplitLikeSourceLines() {
        #expect(YAMLStream.lines(of: "a\r\nb\n\nc\rd\r\n") == ["a", "b", "", "c\rd", ""])
        #expect(YAMLStream.lines(of: "") == [""])
        #expect(YAMLStream.lines(of: "\r\n") == ["", ""])
        #expect(YAMLStream.lines(of: "é\r\n日本") == ["é", "日本"])
    }
}
