import ShipshapeCore
import Testing

@testable import DeployModel

/// Finds the first occurrence of `needle` in an embedded text and returns its start position.
func position(of needle: String, in text: EmbeddedText, occurrence: Int = 0) -> SourcePosition? {
    let hay = text.scalars
    let pattern = Array(needle.unicodeScalars)
    var found = 0
    guard pattern.count <= hay.count else { return nil }
    for index in 0...(hay.count - pattern.count) where Array(hay[index..<index + pattern.count]) == pattern {
        if found == occurrence { return text.positions[index] }
        found += 1
    }
    return nil
}

/// The position of `needle` in the raw file text (1-based line and column in scalars).
func filePosition(of needle: String, in source: String, occurrence: Int = 0) -> SourcePosition? {
    var found = 0
    for (lineIndex, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let scalars = Array(line.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard pattern.count <= scalars.count else { continue }
        for index in 0...(scalars.count - pattern.count) where Array(scalars[index..<index + pattern.count]) == pattern
        {
            if found == occurrence { return SourcePosition(line: lineIndex + 1, column: index + 1) }
            found += 1
        }
    }
    return nil
}

/// Loads `yaml` and returns the embedded text of the scalar under `key` at the top level.
func scalarText(_ yaml: String, key: String) throws -> EmbeddedText {
    let document = YAMLDocument(file: "t.yml", text: yaml)
    #expect(document.problems.isEmpty)
    let node = try #require(document.root?[key])
    return try #require(document.text(of: node))
}

/// Every non-whitespace value scalar must map to a source scalar that is the same character.
func expectFaithful(_ text: EmbeddedText, source: String) {
    let lines = SourceLines(source)
    for (index, scalar) in text.scalars.enumerated()
    where scalar != " " && scalar != "\n" && scalar != "\"" && scalar != "'" {
        #expect(
            lines.scalar(at: text.positions[index]) == scalar, "scalar \(index) '\(scalar)' at \(text.positions[index])"
        )
    }
}

@Suite struct ScalarTextTests {
    @Test func literalBlock() throws {
        let yaml = "run: |\n  echo hi\n  docker exec app wget -q http://x\n\n  done\nnext: 1\n"
        let text = try scalarText(yaml, key: "run")
        #expect(text.text == "echo hi\ndocker exec app wget -q http://x\n\ndone\n")
        #expect(position(of: "docker", in: text) == SourcePosition(line: 3, column: 3))
        #expect(position(of: "done", in: text) == SourcePosition(line: 5, column: 3))
        expectFaithful(text, source: yaml)
    }

    @Test func literalBlockDeepIndentAndExplicitIndicator() throws {
        let yaml = "jobs:\n  x:\n    run: |2\n         indented\n        docker ps\n"
        let document = YAMLDocument(file: "t.yml", text: yaml)
        let node = try #require(document.root?["jobs"]?["x"]?["run"])
        let text = try #require(document.text(of: node))
        #expect(text.text == "   indented\n  docker ps\n")
        #expect(position(of: "docker", in: text) == SourcePosition(line: 5, column: 9))
        #expect(position(of: "indented", in: text) == SourcePosition(line: 4, column: 10))
    }

    @Test func literalKeepAndStrip() throws {
        let keep = try scalarText("a: |+\n  x\n\n\nb: 1\n", key: "a")
        #expect(keep.text == "x\n\n\n")
        let strip = try scalarText("a: |-\n  x\n  y\n\nb: 1\n", key: "a")
        #expect(strip.text == "x\ny")
        #expect(position(of: "y", in: strip) == SourcePosition(line: 3, column: 3))
    }

    @Test func foldedBlock() throws {
        let yaml = "run: >\n  docker compose\n  up -d\n\n  echo done\n"
        let text = try scalarText(yaml, key: "run")
        #expect(text.text == "docker compose up -d\necho done\n")
        #expect(position(of: "up", in: text) == SourcePosition(line: 3, column: 3))
        #expect(position(of: "echo", in: text) == SourcePosition(line: 5, column: 3))
        expectFaithful(text, source: yaml)
    }

    @Test func plainOneLineAndMultiLine() throws {
        let yaml = "run: docker exec web wget http://x\nother: first\n  second line\n"
        let run = try scalarText(yaml, key: "run")
        #expect(position(of: "wget", in: run) == SourcePosition(line: 1, column: 22))
        let other = try scalarText(yaml, key: "other")
        #expect(other.text == "first second line")
        #expect(position(of: "second", in: other) == SourcePosition(line: 3, column: 3))
    }

    @Test func doubleQuotedEscapesShiftPositions() throws {
        let yaml = "run: \"echo \\\"hi\\\" \\u00e9 && curl x\"\n"
        let text = try scalarText(yaml, key: "run")
        #expect(text.text == "echo \"hi\" é && curl x")
        #expect(position(of: "curl", in: text) == filePosition(of: "curl", in: yaml))
        #expect(position(of: "hi", in: text) == filePosition(of: "hi", in: yaml))
    }

    @Test func doubleQuotedMultiLineAndContinuation() throws {
        let yaml = "a: \"one\n  two \\\n  three\"\n"
        let text = try scalarText(yaml, key: "a")
        #expect(text.text == "one two three")
        #expect(position(of: "two", in: text) == SourcePosition(line: 2, column: 3))
        #expect(position(of: "three", in: text) == SourcePosition(line: 3, column: 3))
    }

    @Test func singleQuoted() throws {
        let yaml = "a: 'it''s docker'\n"
        let text = try scalarText(yaml, key: "a")
        #expect(text.text == "it's docker")
        #expect(position(of: "docker", in: text) == SourcePosition(line: 1, column: 11))
    }

    @Test func anchoredScalarAndUnicodeColumns() throws {
        let yaml = "é: &cmd ünï docker\nb: *cmd\n"
        let text = try scalarText(yaml, key: "b")
        #expect(text.text == "ünï docker")
        #expect(position(of: "docker", in: text) == SourcePosition(line: 1, column: 13))
    }

    @Test func crlfLines() throws {
        let yaml = "run: |\r\n  a\r\n  docker ps\r\n"
        let text = try scalarText(yaml, key: "run")
        #expect(text.text == "a\ndocker ps\n")
        #expect(position(of: "docker", in: text) == SourcePosition(line: 3, column: 3))
    }
}
