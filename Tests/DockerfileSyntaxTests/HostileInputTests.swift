import Foundation
import TestSupport
import Testing

@testable import DockerfileSyntax

@Suite struct HostileInputTests {
    @Test func binaryGarbageDoesNotCrash() {
        var generator = SystemRandomNumberGenerator()
        var scalars = String.UnicodeScalarView()
        for _ in 0..<20_000 {
            if let scalar = Unicode.Scalar(UInt32.random(in: 0...0x2FF, using: &generator)) { scalars.append(scalar) }
        }
        let file = DockerfileParser.parse(path: "D", text: "FROM alpine\n" + String(scalars) + "\nRUN [\"unterminated")
        #expect(file.stages.count >= 1)
    }

    @Test func manyContinuationLines() throws {
        let body = String(repeating: "    echo x && \\\n", count: 10_000)
        let file = DockerfileParser.parse(path: "D", text: "FROM alpine\nRUN " + body + "    true\n")
        let run = try #require(file.stages.first?.runCommands.first)
        #expect(run.location.end.line == 10_002)
    }

    @Test func largeFileParsesQuickly() {
        let block =
            "RUN apt-get update && apt-get install -y curl wget \\\n    && rm -rf /var/lib/apt/lists/*\n# comment\n"
        let text = "FROM debian\n" + String(repeating: block, count: 5_000_000 / block.utf8.count)
        let start = Stopwatch()
        let file = DockerfileParser.parse(path: "D", text: text)
        let elapsed = start.seconds
        #expect(file.stages.first?.runCommands.isEmpty == false)
        // Debug builds are far slower than release; this bound only catches quadratic behaviour.
        #expect(elapsed < 30)
    }

    @Test func unterminatedBracesAndStrayDollar() {
        let file = DockerfileParser.parse(path: "D", text: "ARG X\nFROM ${X\nFROM $\nFROM alpine:${X:?missing}\n")
        #expect(file.stages.count == 3)
        #expect(file.stages[0].baseImage == nil)
        #expect(file.stages[2].baseImage == nil)
    }
}

@Suite struct EdgeCaseTests {
    @Test func loneEscapeLinesDoNotStopParsing() {
        let file = DockerfileParser.parse(path: "D", text: "FROM alpine\n\\\n\\\nRUN true\nRUN <<EOF")
        #expect(file.stages.first?.runCommands.count == 2)
    }

    @Test func crlfHeredocAndContinuation() throws {
        let text = "FROM debian\r\nRUN <<EOF\r\napt-get install -y curl\r\nEOF\r\nRUN a \\\r\n  b\r\n"
        let stage = try #require(DockerfileParser.parse(path: "D", text: text).stages.first)
        #expect(stage.runCommands.first?.heredocs.first?.body.text == "apt-get install -y curl\n")
        #expect(stage.runCommands.last?.arguments.text == "a   b")
    }

    @Test func onlyCommentsAndArgs() {
        let file = DockerfileParser.parse(path: "D", text: "# syntax=docker/dockerfile:1\n# just a comment\nARG X=1\n")
        #expect(file.stages.isEmpty)
        #expect(file.instructions.count == 1)
        #expect(file.diagnostics.map(\.message) == ["no FROM instruction"])
    }
}
