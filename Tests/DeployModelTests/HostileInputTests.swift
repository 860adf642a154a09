import Foundation
import ShipshapeCore
import TestSupport
import Testing

@testable import DeployModel

/// A fresh temporary directory for one test.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("deploymodel-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct HostileInputTests {
    @Test func malformedYAMLReportsLibyamlPosition() throws {
        let file = ComposeParser.parse(
            path: "compose.yml", text: "services:\n  web:\n    image: [unclosed\n    ports: 1\n", environment: [:])
        let problem = try #require(file.problems.first)
        #expect(problem.location.file == "compose.yml")
        #expect(problem.location.line >= 3)
        #expect(problem.message.hasPrefix("invalid YAML"))
        let tab = WorkflowParser.parse(path: "w.yml", text: "jobs:\n\tbuild: x\n")
        #expect(tab.problems.first?.location.line == 2)
    }

    @Test func aliasBombReturnsQuicklyWithAProblem() throws {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        yaml += "services:\n  web:\n    image: x\n    command: *a9\n"
        let start = Stopwatch()
        let file = ComposeParser.parse(path: "compose.yml", text: yaml, environment: [:])
        #expect(start.seconds < 20)
        #expect(file.problems.contains { $0.message.contains("alias bomb") })
        #expect(file.services.isEmpty)
    }

    @Test func deepNestingIsRefused() {
        let flow = "services: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let file = ComposeParser.parse(path: "compose.yml", text: flow, environment: [:])
        #expect(file.problems.first?.message.contains("deeper than 500") == true)
        var block = ""
        for level in 0..<10_000 { block += String(repeating: " ", count: level) + "k:\n" }
        let nested = WorkflowParser.parse(path: "w.yml", text: block)
        #expect(nested.problems.first?.message.contains("deeper than 500") == true)
        let dashes = String(repeating: "- ", count: 5_000) + "x\n"
        #expect(YAMLDocument(file: "d.yml", text: dashes).problems.count == 1)
    }

    @Test func aliasUsedAsKeyIsRefused() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let start = Stopwatch()
        let keyed = YAMLDocument(file: "k.yml", text: yaml + "? *a9\n: x\n")
        #expect(keyed.problems.first?.message.contains("alias as a mapping key") == true)
        #expect(YAMLDocument(file: "k.yml", text: yaml + "*a9 : x\n").problems.count == 1)
        #expect(YAMLDocument(file: "k.yml", text: yaml + "m: {*a9 : x}\n").problems.count == 1)
        #expect(start.seconds < 10)
        #expect(YAMLDocument(file: "ok.yml", text: "a: &x 1\nb: *x\nc: \"*x: y\"\n").problems.isEmpty)
    }

    @Test func firstDocumentIsUsed() {
        let file = ComposeParser.parse(
            path: "compose.yml", text: "services:\n  a:\n    image: one\n---\nservices: [broken\n", environment: [:])
        #expect(file.services.map(\.name) == ["a"])
    }

    @Test func nestingJustUnderTheLimitParses() {
        let flow = "k: " + String(repeating: "[", count: 450) + String(repeating: "]", count: 450) + "\n"
        #expect(YAMLDocument(file: "f.yml", text: flow).problems.isEmpty)
        var block = ""
        for level in 0..<400 { block += String(repeating: " ", count: level) + "k:\n" }
        #expect(YAMLDocument(file: "b.yml", text: block).problems.isEmpty)
    }

    @Test func moderateNestingStillParses() {
        var yaml =
            "services:\n  web:\n    image: x\n    labels: " + String(repeating: "[", count: 100)
            + String(repeating: "]", count: 100) + "\n"
        yaml += "    command: \"echo [[[[\"\n    entrypoint: echo {{ not flow\n"
        let file = ComposeParser.parse(path: "compose.yml", text: yaml, environment: [:])
        #expect(file.problems.isEmpty)
        #expect(file.services.first?.image?.value == "x")
    }

    @Test func sourceLoaderRefusesBinaryInvalidAndHugeFiles() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("bin.yml")
        try Data([0x73, 0x65, 0x00, 0x01]).write(to: binary)
        let invalid = directory.appendingPathComponent("bad.yml")
        try Data([0x61, 0x62, 0xC3, 0x28]).write(to: invalid)
        let bom = directory.appendingPathComponent("bom.yml")
        try Data([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)).write(to: bom)
        let huge = directory.appendingPathComponent("huge.yml")
        _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()

        guard case .failure(let binaryProblem) = SourceLoader.load(path: binary.path, displayPath: "bin.yml") else {
            Issue.record("binary file accepted")
            return
        }
        #expect(binaryProblem.message.contains("binary"))
        #expect(binaryProblem.location.file == "bin.yml")
        guard case .failure(let invalidProblem) = SourceLoader.load(path: invalid.path, displayPath: "bad.yml") else {
            Issue.record("invalid UTF-8 accepted")
            return
        }
        #expect(invalidProblem.message == "not valid UTF-8 at byte 2; skipped")
        #expect((try? SourceLoader.load(path: bom.path, displayPath: "bom.yml").get()) == "a: 1\n")
        guard case .failure(let hugeProblem) = SourceLoader.load(path: huge.path, displayPath: "huge.yml") else {
            Issue.record("huge file accepted")
            return
        }
        #expect(hugeProblem.message == "file is 50.0 MB, over the 5 MB limit; skipped")
        guard
            case .failure(let missing) = SourceLoader.load(
                path: directory.appendingPathComponent("nope").path, displayPath: "nope")
        else {
            Issue.record("missing file accepted")
            return
        }
        #expect(missing.message.contains("cannot read"))
    }

    @Test func twoMegabyteComposeParses() {
        var yaml = "services:\n"
        var count = 0
        while yaml.utf8.count < 2_000_000 {
            yaml +=
                "  svc\(count):\n    image: registry.example.com/team/app:\(count)\n    ports: [\"\(count % 60000):80\"]\n"
            yaml += "    environment:\n      A: \"\(count)\"\n    command: |\n      echo \(count)\n      run --flag\n"
            count += 1
        }
        let start = Stopwatch()
        let file = ComposeParser.parse(path: "compose.yml", text: yaml, environment: [:])
        #expect(file.problems.isEmpty)
        #expect(file.services.count == count)
        #expect(start.seconds < 60)
    }
}
