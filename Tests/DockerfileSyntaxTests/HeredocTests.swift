import ShipshapeCore
import Testing

@testable import DockerfileSyntax

@Suite struct HeredocTests {
    @Test func runHeredocBodyIsPositioned() throws {
        let text = "FROM debian\nRUN <<EOF\napt-get update\napt-get install -y wget\nEOF\nRUN echo after\n"
        let file = DockerfileParser.parse(path: "D", text: text)
        let stage = try #require(file.stages.first)
        #expect(stage.runCommands.count == 2)
        let heredoc = try #require(stage.runCommands.first?.heredocs.first)
        #expect(heredoc.delimiter == "EOF")
        #expect(heredoc.quoted == false)
        #expect(heredoc.body.text == "apt-get update\napt-get install -y wget\n")
        #expect(heredoc.body.positions[0] == SourcePosition(line: 3, column: 1))
        #expect(stage.runCommands.first?.location.end.line == 5)
        #expect(stage.runCommands.last?.arguments.text == "echo after")
    }

    @Test func severalHeredocsAndQuotedAndDash() throws {
        let text =
            "FROM alpine\nRUN <<-\"A\" cat - <<'B'\n\techo one\n\tA\necho two\nB\nCOPY <<EOF /etc/conf\nkey=value\nEOF\n"
        let file = DockerfileParser.parse(path: "D", text: text)
        let stage = try #require(file.stages.first)
        let run = try #require(stage.runCommands.first)
        #expect(run.heredocs.map(\.delimiter) == ["A", "B"])
        #expect(run.heredocs.map(\.quoted) == [true, true])
        #expect(run.heredocs.first?.body.text == "echo one\n")
        #expect(run.heredocs.first?.body.positions[0] == SourcePosition(line: 3, column: 2))
        #expect(run.heredocs.last?.body.text == "echo two\n")
        let copy = try #require(stage.copies.first)
        #expect(copy.destination == "/etc/conf")
        #expect(copy.sources.isEmpty)
        #expect(stage.instructions.last?.heredocs.first?.body.text == "key=value\n")
    }

    @Test func unterminatedHeredocDoesNotHang() {
        let file = DockerfileParser.parse(path: "D", text: "FROM alpine\nRUN <<EOF\necho never closed\n")
        #expect(file.diagnostics.contains { $0.message.contains("unterminated heredoc") })
        #expect(file.stages.first?.runCommands.first?.heredocs.first?.body.text == "echo never closed\n")
    }
}

@Suite struct ShellScriptsTests {
    @Test func bareHeredocRunsItsBody() throws {
        let file = DockerfileParser.parse(
            path: "D",
            text: "FROM alpine\nRUN <<EOF\napk add curl\nEOF\nRUN python3 <<EOF\nprint(1)\nEOF\nRUN echo hi\n")
        let runs = try #require(file.stages.first?.runCommands)
        #expect(runs[0].shellScripts.map(\.text) == ["apk add curl\n"])
        #expect(runs[1].shellScripts.map(\.text) == ["python3 <<EOF"])
        #expect(runs[2].shellScripts.map(\.text) == ["echo hi"])
    }
}
