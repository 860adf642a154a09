import Foundation
import Testing

/// Application sources are read by `log-contradicts-config` only; hostile ones (binary, invalid
/// UTF-8, unbalanced brackets, unterminated strings, huge) give a parse-error or nothing, never a
/// crash or a hang, and the rest of the repository is still linted.
@Suite struct SourceHostileInputTests {
    static let lie = """
        def setup():
            limiter = Limiter(storage_uri=None)
            logger.info("ready", storage="redis")

        """

    @Test func hostileSourcesDoNotStopTheLint() throws {
        let repository = try TemporaryRepository(files: [
            "app/limits.py": Self.lie,
            "app/unbalanced.js": String(repeating: "((({{{[[[`${", count: 20_000),
            "app/unterminated.py": "x = f\"\"\"never {closed\n"
                + String(repeating: "logger.info(storage='redis'\n", count: 5_000),
            "app/chain.go": "package x\nfunc f() {\n" + String(repeating: "a = a = ", count: 50_000) + "\n}\n",
        ])
        try repository.write("app/binary.py", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]))
        try repository.write("app/latin1.ts", Data([0x63, 0x6F, 0x6E, 0x73, 0x74, 0x20, 0xE9, 0x0A]))
        try repository.write("app/huge.go", Data(String(repeating: "// padding\n", count: 600_000).utf8))
        let result = try ShipshapeProcess.run(
            ["lint", ".", "--enable", "log-contradicts-config", "--format", "json"], in: repository.path, timeout: 120)
        #expect(!result.crashed, "crashed: \(result.stderr)")
        #expect(result.status == 0, "notes and skipped-file warnings do not fail the lint: \(result.stderr)")
        let findings = try JSONFindings.parse(result.stdout)
        #expect(findings.contains { $0.rule == "log-contradicts-config" && $0.file == "app/limits.py" && $0.line == 3 })
        let skipped = Dictionary(
            findings.filter { $0.rule == "parse-error" }.map { ($0.file, $0.message) }, uniquingKeysWith: { a, _ in a })
        #expect(skipped["app/binary.py"]?.contains("binary file") == true, "\(findings)")
        #expect(skipped["app/latin1.ts"]?.contains("not valid UTF-8") == true, "\(findings)")
        #expect(skipped["app/huge.go"]?.contains("over the 5 MB limit") == true, "\(findings)")
    }
}
