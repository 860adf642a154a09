import Foundation
import TestSupport
import Testing
import Yams

/// The GitHub Action's lint step (`action.yml`), run for real: its shell script with the
/// environment GitHub gives it, against an image holding the built binary (FROM scratch: the
/// binary and the libraries `ldd` lists, no shell, like the distroless image the Dockerfile makes).
@Suite(.serialized) struct ActionScriptTests {
    /// The `run:` script of the step with id `lint`.
    static func lintScript() throws -> String {
        let text = try String(
            contentsOf: ShipshapeProcess.packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)
        let action = try #require(try Yams.load(yaml: text) as? [String: Any])
        let steps = try #require((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        let lint = try #require(steps.first { $0["id"] as? String == "lint" })
        return try #require(lint["run"] as? String)
    }

    @Test func lintStepWritesSARIFAnnotatesAndReportsTheStatus() throws {
        var files = try ScratchImage.binaryWithLibraries(ShipshapeProcess.binary)
        files["rootfs/usr/local/bin/shipshape"] = ShipshapeProcess.binary
        files.removeValue(forKey: "rootfs" + ShipshapeProcess.binary)
        let tag = "shipshape-action:local"
        try ScratchImage.build(
            tag: tag,
            dockerfile: "FROM scratch\nCOPY rootfs/ /\nWORKDIR /repo\nENTRYPOINT [\"/usr/local/bin/shipshape\"]\n",
            files: files)
        defer { ScratchImage.remove([tag]) }

        let workspace = try TemporaryRepository(files: [:])
        try workspace.copy(from: "examples/onquota")
        let output = workspace.path + "/github-output"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let result = try HostProcess.run(
            ["bash", "-c", try Self.lintScript()],
            environment: [
                "GITHUB_WORKSPACE": workspace.path, "GITHUB_OUTPUT": output, "GITHUB_ACTIONS": "true",
                "SHIPSHAPE_PATHS": ".", "SHIPSHAPE_FAIL_ON": "error", "SHIPSHAPE_SARIF": "shipshape.sarif",
                "SHIPSHAPE_PROBE_IMAGES": "false",
            ])
        #expect(result.status == 0, "the step records the verdict instead of failing: \(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("status=1"))
        #expect(result.stdout.contains("::error file=.github/workflows/deploy-production-enhanced.yml,line=106"))
        let sarif = try String(contentsOfFile: workspace.path + "/shipshape.sarif", encoding: .utf8)
        #expect(
            sarif.contains("\"ruleId\" : \"probe-tool-missing\"") || sarif.contains("\"ruleId\":\"probe-tool-missing\"")
        )
    }
}
