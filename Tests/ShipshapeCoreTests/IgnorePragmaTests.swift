import Testing

@testable import ShipshapeCore

@Suite struct IgnorePragmaTests {
    @Test func parsesRuleLists() {
        #expect(
            IgnorePragma.rules(in: "  run: x # shipshape: ignore=probe-tool-missing,unknown-container")
                == ["probe-tool-missing", "unknown-container"])
        #expect(IgnorePragma.rules(in: "# shipshape: ignore") == ["*"])
        #expect(IgnorePragma.rules(in: "echo '# not a pragma'").isEmpty)
        #expect(IgnorePragma.rules(in: "# shipshape: ignored-by-accident").isEmpty)
    }

    @Test func readsSlashCommentsOfJavaScriptAndGo() {
        #expect(
            IgnorePragma.rules(in: "  // shipshape: ignore=log-contradicts-config") == ["log-contradicts-config"])
        #expect(
            IgnorePragma.rules(in: "slog.Info(\"x\", \"storage\", \"redis\") // shipshape: ignore")
                == ["*"])
        #expect(
            IgnorePragma.rules(in: "url: http://x  # shipshape: ignore=probe-port-mismatch") == ["probe-port-mismatch"])
        #expect(IgnorePragma.rules(in: "const url = \"https://example.test/\"").isEmpty)
    }

    @Test func suppressesOnTheLineOrTheLineBefore() {
        let lines: [Substring] = ["# shipshape: ignore=rule-a", "docker exec c wget", "other"]
        let onNextLine = Finding(ruleID: "rule-a", severity: .error, message: "m", location: .init(file: "f", line: 2))
        let farAway = Finding(ruleID: "rule-a", severity: .error, message: "m", location: .init(file: "f", line: 3))
        let otherRule = Finding(ruleID: "rule-b", severity: .error, message: "m", location: .init(file: "f", line: 2))
        #expect(IgnorePragma.suppresses(onNextLine, lines: lines))
        #expect(!IgnorePragma.suppresses(farAway, lines: lines))
        #expect(!IgnorePragma.suppresses(otherRule, lines: lines))
    }
}
