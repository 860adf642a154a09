import ShipshapeCore
import Testing

@testable import DockerfileSyntax

@Suite struct ParserBasicsTests {
    @Test func continuationKeepsFilePositions() throws {
        let text =
            "FROM python:3.11-slim\nRUN apt-get update && \\\n    # a comment inside\n\n    apt-get install -y curl\n"
        let file = DockerfileParser.parse(path: "Dockerfile", text: text)
        let run = try #require(file.stages.first?.runCommands.first)
        guard case .shell(let script)? = run.command else {
            Issue.record("expected shell form")
            return
        }
        #expect(script.text == "apt-get update &&     apt-get install -y curl")
        let curl = try #require(script.text.range(of: "curl"))
        let offset = script.text.unicodeScalars.distance(
            from: script.text.unicodeScalars.startIndex, to: curl.lowerBound)
        #expect(script.location(of: offset..<(offset + 4)).start == SourcePosition(line: 5, column: 24))
        #expect(script.positions[0] == SourcePosition(line: 2, column: 5))
        #expect(run.location.start.line == 2)
        #expect(run.location.end.line == 5)
        #expect(file.diagnostics.isEmpty)
    }

    @Test func keywordsAreCaseInsensitiveAndCRLFAndBOMHandled() throws {
        let text = "\u{FEFF}from alpine:3.19 as Base\r\nrun echo hi\r\n"
        let file = DockerfileParser.parse(path: "D", text: text)
        let stage = try #require(file.stages.first)
        #expect(stage.name == "base")
        #expect(stage.baseImage == "alpine:3.19")
        #expect(stage.fromLocation.start == SourcePosition(line: 1, column: 1))
        let run = try #require(stage.instructions.first)
        #expect(run.keyword == "RUN")
        #expect(run.arguments.text == "echo hi")
        #expect(run.arguments.positions[0] == SourcePosition(line: 2, column: 5))
    }

    @Test func escapeDirectiveChangesContinuation() throws {
        let text = "# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir c:\\ `\n    && echo done\n"
        let file = DockerfileParser.parse(path: "D", text: text)
        let run = try #require(file.stages.first?.runCommands.first)
        #expect(run.arguments.text == "dir c:\\     && echo done")
    }

    @Test func execAndShellForms() throws {
        let text = """
            FROM node:20
            CMD ["node", "server.js"]
            ENTRYPOINT ["broken", 
            RUN ["echo", "a\\"b"]
            SHELL ["/bin/bash", "-o", "pipefail", "-c"]
            """
        let file = DockerfileParser.parse(path: "D", text: text)
        let stage = try #require(file.stages.first)
        guard case .exec(let words)? = stage.cmd else {
            Issue.record("CMD should be exec form")
            return
        }
        #expect(words.map(\.value) == ["node", "server.js"])
        #expect(words[1].location.start == SourcePosition(line: 2, column: 14))
        guard case .shell? = stage.entrypoint else {
            Issue.record("invalid JSON falls back to shell form")
            return
        }
        guard case .exec(let runWords)? = stage.runCommands.first?.command else {
            Issue.record("RUN should be exec form")
            return
        }
        #expect(runWords.map(\.value) == ["echo", "a\"b"])
        #expect(stage.shell == ["/bin/bash", "-o", "pipefail", "-c"])
        #expect(stage.shell(before: 0) == ["/bin/sh", "-c"])
    }

    @Test func flagsAreParsed() throws {
        let text =
            "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN --mount=type=cache,target=/root/.cache go build ./...\n"
        let file = DockerfileParser.parse(path: "D", text: text)
        let stage = try #require(file.stages.first)
        #expect(stage.baseImage == "golang:1.22")
        let run = try #require(stage.runCommands.first)
        #expect(run.flag("mount")?.value == "type=cache,target=/root/.cache")
        #expect(run.arguments.text == "go build ./...")
    }

    @Test func unknownInstructionIsReportedAndParsingContinues() {
        let file = DockerfileParser.parse(path: "D", text: "FROM alpine\nFROBNICATE x\nRUN true\n")
        #expect(file.diagnostics.contains { $0.message.contains("FROBNICATE") })
        #expect(file.stages.first?.runCommands.count == 1)
    }

    @Test func emptyFileHasNoStages() {
        let file = DockerfileParser.parse(path: "D", text: "")
        #expect(file.stages.isEmpty)
        #expect(file.diagnostics.contains { $0.message.contains("no FROM") })
    }
}
