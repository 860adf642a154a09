import Foundation
import ShipshapeCore
import SourceSyntax
import TestSupport
import Testing

@testable import DeployModel

/// Python and JavaScript files a deploy file names are read (and only those): the programs they start and
/// their string literals, located.
@Suite struct InterpreterScriptTests {
    @Test func pythonProcessCallsWithLiterals() throws {
        let text = """
            import os, subprocess
            subprocess.run(["curl", "-fsS", url, "never"])
            subprocess.check_output("pg_isready -h localhost", shell=True)
            subprocess.call("redis-cli")
            os.system('wget -q -O- http://localhost:8000/')
            subprocess.run([tool, "-x"])
            run(["not", "subprocess"])

            """
        let calls = ProcessCall.find(file: "h.py", text: text, language: .python)
        #expect(calls.count == 4)
        guard case .argv(let curl)? = calls.first?.command else {
            Issue.record("no argv call")
            return
        }
        #expect(curl.map(\.value) == ["curl", "-fsS"])
        #expect(curl.first?.location.start == SourcePosition(line: 2, column: 18))
        guard case .shell(let pg)? = calls[safe: 1]?.command else {
            Issue.record("no shell call")
            return
        }
        #expect(pg.value == "pg_isready -h localhost")
        guard case .argv(let redis)? = calls[safe: 2]?.command, case .shell(let wget)? = calls[safe: 3]?.command else {
            Issue.record("calls out of order")
            return
        }
        #expect(redis.map(\.value) == ["redis-cli"])
        #expect(wget.location.start == SourcePosition(line: 5, column: 12))
    }

    @Test func javascriptProcessCalls() {
        let text = """
            const { execSync, spawn } = require("child_process");
            execSync("curl -f http://localhost:3000/health");
            spawn("wget", ["-q", "-O-", url]);
            /x/.exec(line);

            """
        let calls = ProcessCall.find(file: "h.js", text: text, language: .javascript).map(\.command)
        #expect(calls.count == 2)
        if case .shell(let text)? = calls.first { #expect(text.value.hasPrefix("curl -f")) }
        if case .argv(let words)? = calls.last { #expect(words.map(\.value) == ["wget", "-q", "-O-"]) }
    }

    @Test func scriptNamesInText() {
        let names = InterpreterScript.namedScripts(
            in: "HEALTHCHECK CMD [\"python\", \"/app/docker/healthcheck.py\"]\ntest: node ./ops/health.js || exit 1\n")
        #expect(names == ["healthcheck.py", "health.js"])
    }

    @Test func onlyScriptsADeployFileNamesAreRead() throws {
        let tree = try TemporaryTree([
            "Dockerfile": "FROM python:3.12-slim\nCOPY . /app\nHEALTHCHECK CMD python /app/healthcheck.py\n",
            "healthcheck.py": "import subprocess\nsubprocess.run(['curl', 'http://localhost:8000'])\n",
            "app/main.py": "print('hello')\n",
        ])
        defer { tree.remove() }
        let prefix = tree.prefix
        let discovered = try Discovery.discover([tree.root.path])
        #expect(
            discovered.filter { $0.kind == .interpreterScript }.map(\.displayPath).sorted() == [
                prefix + "app/main.py", prefix + "healthcheck.py",
            ])
        let model = DeploymentModel.load(discovered)
        #expect(Array(model.interpreterScripts.keys) == [prefix + "healthcheck.py"])
        #expect(model.sources[prefix + "app/main.py"] == nil)
        #expect(model.interpreterScripts[prefix + "healthcheck.py"]?.calls.count == 1)
        #expect(model.fileCount == 2)
    }
}

/// A name many files share (`index.js`) reads a few dozen of them, always the one a deploy file writes out.
@Suite struct InterpreterScriptCapTests {
    @Test func aCommonNameReadsABoundedNumberOfFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("shipshape-cap-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        for index in 0..<80 {
            let folder = root.appendingPathComponent("packages/p\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "module.exports = \(index);\n".write(
                to: folder.appendingPathComponent("index.js"), atomically: true, encoding: .utf8)
        }
        try "FROM node:20-alpine\nCOPY packages/p1 /app/p1\nHEALTHCHECK CMD node /app/p1/index.js\n".write(
            to: root.appendingPathComponent("Dockerfile"), atomically: true, encoding: .utf8)
        let model = DeploymentModel.load(try Discovery.discover([root.path]))
        let read = model.interpreterScripts.keys.map { $0.replacingOccurrences(of: root.path + "/", with: "") }
        #expect(read.count <= DeploymentModel.interpreterScriptsPerName + 1)
        #expect(read.contains("packages/p1/index.js"))
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
