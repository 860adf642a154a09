import ShipshapeCore
import Testing

@testable import DeployModel

@Suite struct ScalarTextMoreTests {
    @Test func everyScriptScalarMapsToItsSourceCharacter() {
        let workflow = WorkflowParser.parse(path: "w.yml", text: WorkflowTests.source)
        for job in workflow.jobs {
            for step in job.steps {
                if let run = step.run { expectFaithful(run, source: WorkflowTests.source) }
                if let script = step.script { expectFaithful(script, source: WorkflowTests.source) }
                for text in step.withText.values { expectFaithful(text, source: WorkflowTests.source) }
            }
            for service in job.services {
                if let options = service.options { expectFaithful(options, source: WorkflowTests.source) }
            }
        }
    }

    @Test func foldedWithMoreIndentedLines() throws {
        let yaml = "a: >\n  one\n  two\n    kept\n  three\n"
        let text = try scalarText(yaml, key: "a")
        #expect(text.text == "one two\n  kept\nthree\n")
        #expect(position(of: "kept", in: text) == SourcePosition(line: 4, column: 5))
        #expect(position(of: "three", in: text) == SourcePosition(line: 5, column: 3))
        expectFaithful(text, source: yaml)
    }

    @Test func literalWithLeadingAndInnerBlankLines() throws {
        let yaml = "a: |\n\n    first\n      \n    second\n"
        let text = try scalarText(yaml, key: "a")
        #expect(text.text == "\nfirst\n  \nsecond\n")
        #expect(position(of: "first", in: text) == SourcePosition(line: 3, column: 5))
        #expect(position(of: "second", in: text) == SourcePosition(line: 5, column: 5))
        #expect(text.positions.count == text.scalars.count + 1)
    }

    @Test func literalInsideSequenceWithComments() throws {
        let yaml = "steps:\n  - run: |  # build\n      make\n      docker build .\n# trailing comment\n  - run: ls\n"
        let document = YAMLDocument(file: "t.yml", text: yaml)
        let steps = try #require(document.root?["steps"]?.items)
        let firstNode = try #require(steps[0]["run"])
        let first = try #require(document.text(of: firstNode))
        #expect(first.text == "make\ndocker build .\n")
        #expect(position(of: "docker", in: first) == SourcePosition(line: 4, column: 7))
        let secondNode = try #require(steps[1]["run"])
        let second = try #require(document.text(of: secondNode))
        #expect(second.positions.first == SourcePosition(line: 6, column: 10))
    }

    @Test func doubleQuotedTabsAndBlankLineFolding() throws {
        let yaml = "a: \"x\\ty\n\n  z\"\n"
        let text = try scalarText(yaml, key: "a")
        #expect(text.text == "x\ty\nz")
        #expect(position(of: "z", in: text) == SourcePosition(line: 3, column: 3))
        #expect(position(of: "\t", in: text) == SourcePosition(line: 1, column: 6))
    }

    @Test func taggedAndFlowScalars() throws {
        let yaml = "a: !!str 123\nb: [one, \"two\", 'three']\n"
        let text = try scalarText(yaml, key: "a")
        #expect(text.text == "123")
        #expect(text.positions.first == SourcePosition(line: 1, column: 10))
        let document = YAMLDocument(file: "t.yml", text: yaml)
        let items = try #require(document.root?["b"]?.items)
        #expect(document.text(of: items[2])?.positions.first == SourcePosition(line: 2, column: 18))
        #expect(document.span(of: items[1]) == SourceLocation(file: "t.yml", line: 2, column: 11, endColumn: 14))
    }

    @Test func emptyValues() throws {
        let yaml = "a: \"\"\nb: |\nc: x\n"
        let document = YAMLDocument(file: "t.yml", text: yaml)
        let a = try #require(document.root?["a"])
        let b = try #require(document.root?["b"])
        #expect(document.text(of: a)?.isEmpty == true)
        #expect(document.text(of: b)?.isEmpty == true)
    }
}
