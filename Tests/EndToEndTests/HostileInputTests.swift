import Foundation
import Testing

/// Malformed, binary, huge and hostile files: a clear parse-error naming the file, the rest still
/// linted, never a crash or a hang.
@Suite struct HostileInputTests {
    static let seedFiles: [String: String] = [
        "docker-compose.yml": "services:\n  api:\n    image: python:3.11-slim\n    container_name: api\n",
        "deploy.sh": "#!/bin/sh\ndocker exec api wget -qO- http://localhost:8000/\n",
    ]

    func lint(_ extra: [String: Data]) throws -> (ShipshapeProcess.Result, [JSONFinding]) {
        let repository = try TemporaryRepository(files: Self.seedFiles)
        for (name, data) in extra { try repository.write(name, data) }
        let result = try ShipshapeProcess.run(["lint", ".", "--format", "json"], in: repository.path, timeout: 60)
        #expect(!result.crashed, "crashed: \(result.stderr)")
        return (result, try JSONFindings.parse(result.stdout))
    }

    static var aliasBomb: String {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var previous = "a"
        for name in names {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        return "services:\n  bomb:\n    image: alpine\n    labels: *i\n" + text
    }

    @Test(arguments: [
        ("compose.malformed.yml", Data("services:\n  api:\n    image: [unclosed\n".utf8)),
        ("compose.bomb.yml", Data(aliasBomb.utf8)),
        (
            "compose.deep.yml",
            Data((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)
        ),
        ("Dockerfile.binary", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00])),
        ("broken.sh", Data([0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E, 0x2F, 0x73, 0x68, 0x0A, 0xC3, 0x28, 0xFF, 0x0A])),
    ])
    func reportsTheFileAndStillLintsTheRest(name: String, data: Data) throws {
        let (result, findings) = try lint([name: data])
        #expect(findings.contains { $0.rule == "parse-error" && $0.file == name }, "\(findings)")
        #expect(findings.contains { $0.rule == "probe-tool-missing" && $0.file == "deploy.sh" }, "\(findings)")
        #expect(result.status == 1)
    }

    @Test(arguments: [
        ("unterminated.sh", "#!/bin/sh\necho \"never closed\ncat <<EOF\nno end\n"),
        ("Dockerfile.heredoc", "FROM alpine\nRUN <<EOF\necho never closed\n"),
        ("subst.sh", "#!/bin/bash\n" + String(repeating: "$(", count: 5_000) + "\n"),
        (".env.production", "GOOD=1\nthis line is not an assignment\nQUOTE=\"never closed\n"),
    ])
    func hostileTextNeverCrashes(name: String, text: String) throws {
        let (_, findings) = try lint([name: Data(text.utf8)])
        #expect(findings.contains { $0.rule == "probe-tool-missing" && $0.file == "deploy.sh" })
    }

    @Test func hugeFileIsSkippedWithItsSize() throws {
        var big = Data("FROM alpine\n".utf8)
        big.append(Data(repeating: UInt8(ascii: "#"), count: 50 * 1024 * 1024))
        let (_, findings) = try lint(["huge/Dockerfile": big])
        let skipped = try #require(findings.first { $0.file == "huge/Dockerfile" })
        #expect(skipped.rule == "parse-error")
        // A Dockerfile lint could not read must not pass a `--fail-on error` gate (issue 13, item 15).
        #expect(skipped.severity == "error")
        #expect(skipped.message.contains("MB"))
    }
}
