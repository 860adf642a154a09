import ShipshapeCore
import Testing

@testable import SourceSyntax

/// Token soup from the fragments the fact finder reacts to, in every language: reading must end,
/// and every claim and setting must point inside the file (a position past the end would send a
/// reporter looking for a line that does not exist).
@Suite struct SourceFactsFuzzTests {
    static let fragments = [
        "logger.info(", "log.Info(", "slog.Info(", "zap.String(", "console.log(", "WithField(", ")", "(", "{", "}", "[",
        "]", ",", ":", "=", ":=", "=>", "\"", "'", "`", "${", "f\"", "\"\"\"", "r'", "\\", "\n", "\n    ", "def ",
        "func ",
        "function ", "class ", "storage", "storage_uri", "None", "nil", "null", "\"redis\"", "\"memory://\"", "True",
        "42", "new ", "MemoryStore", "&", "#", "//", "/*", "*/", "/", ".", "?.", "storage=redis ", "é", "🚀", "\r\n",
        "if ", "else:", ";", "const ", "var ", "self.", "this.", "$", "@", "\t", "0x", "1e+", "'''", "\\\n",
        "#!", "async ", "==", "<", ">", "|", "\u{0}", "{{", "}}", "%s", "go ", "case ", "subprocess.run(",
        "os.system(", "subprocess.call(", "execSync(", "spawn(", "child_process.exec(", "shell=True", "\"curl\"",
        "'-f'", "\"\"", "'''x'''",
    ]

    @Test(arguments: SourceLanguage.allCases)
    func tokenSoupStaysInsideTheFile(language: SourceLanguage) {
        var generator = SeededGenerator(seed: 0x5EED)
        for _ in 0..<1000 {
            let count = Int.random(in: 1...400, using: &generator)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &generator) ?? "" }.joined()
            let facts = SourceFacts.read(file: "f", text: text, language: language)
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                .count
            let locations = facts.claims.map(\.location) + facts.settings.map(\.location)
            for location in locations {
                #expect(location.start.line >= 1 && location.end.line <= lines && location.start <= location.end)
            }
            for claim in facts.claims { #expect(claim.scope < facts.scopes.count) }
        }
    }

    /// The process calls found in the same soup are located inside the file too.
    @Test(arguments: SourceLanguage.allCases)
    func processCallsStayInsideTheFile(language: SourceLanguage) {
        var generator = SeededGenerator(seed: 0xCA11)
        for _ in 0..<1000 {
            let count = Int.random(in: 1...200, using: &generator)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &generator) ?? "" }.joined()
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                .count
            var literals = ProcessCall.strings(file: "f", text: text, language: language)
            for call in ProcessCall.find(file: "f", text: text, language: language) {
                switch call.command {
                case .argv(let words): literals += words
                case .shell(let word): literals.append(word)
                }
            }
            for literal in literals {
                #expect(literal.location.start.line >= 1 && literal.location.end.line <= lines)
            }
        }
    }
}
