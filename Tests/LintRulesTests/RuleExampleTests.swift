import DeployModel
import ShipshapeCore
import Testing

@testable import LintRules

/// Runs every rule's own examples: triggering examples must report exactly at their markers with
/// the expected text, non-triggering examples must report nothing.
@Suite struct RuleExampleTests {
    static let rules: [RuleCase] = allRules.map(RuleCase.init)

    @Test(arguments: rules)
    func triggeringExamplesReportAtTheirMarkers(rule: RuleCase) {
        #expect(!rule.description.triggering.isEmpty, "every rule needs a triggering example")
        for example in rule.description.triggering {
            let (files, markers) = example.strippingMarkers()
            let findings = ExampleRunner.findings(of: rule.type, in: files, images: example.images)
            let location = example.testingLocation
            #expect(
                findings.count == markers.count,
                "expected \(markers.count) finding(s), got: \(findings.map { "\($0.location) \($0.message)" })",
                sourceLocation: location)
            for (marker, expected) in markers {
                let hit = findings.first { $0.location.file == expected.file && $0.location.start == expected.start }
                #expect(
                    hit != nil, "no finding at \(marker) (\(expected)); got \(findings.map(\.location))",
                    sourceLocation: location)
                if let hit, let text = example.expect[marker] {
                    #expect(
                        hit.message.contains(text), "message \"\(hit.message)\" lacks \"\(text)\"",
                        sourceLocation: location)
                }
            }
        }
    }

    @Test(arguments: rules)
    func nonTriggeringExamplesReportNothing(rule: RuleCase) {
        #expect(!rule.description.nonTriggering.isEmpty, "every rule needs a non-triggering example")
        for example in rule.description.nonTriggering {
            let findings = ExampleRunner.findings(
                of: rule.type, in: example.strippingMarkers().files, images: example.images)
            #expect(
                findings.isEmpty, "unexpected: \(findings.map { "\($0.location) \($0.message)" })",
                sourceLocation: example.testingLocation)
        }
    }

    @Test(arguments: rules)
    func descriptionsAreComplete(rule: RuleCase) {
        let description = rule.description
        #expect(description.identifier.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
        #expect(!description.summary.isEmpty && !description.rationale.isEmpty)
        #expect(RuleDocumentation.page(description).contains("# \(description.identifier)"))
    }
}

/// A rule as a test argument, named by its identifier in test output.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let type: any Rule.Type
    var description: RuleDescription { type.description }
    var testDescription: String { description.identifier }

    init(_ type: any Rule.Type) { self.type = type }
}

enum ExampleRunner {
    /// Lints in-memory files with one rule.
    static func findings(of rule: any Rule.Type, in files: [String: String], images: [ObservedImage] = []) -> [Finding]
    {
        let inputs = files.keys.sorted().compactMap { path -> DeploymentModel.Input? in
            guard let text = files[path], let kind = Discovery.kind(ofPath: path, contents: text) else { return nil }
            return DeploymentModel.Input(path: path, kind: kind, text: text)
        }
        let context = LintContext(model: DeploymentModel.build(inputs), observedImages: images)
        return rule.init().check(context).sorted()
    }
}

extension Example {
    var testingLocation: Testing.SourceLocation {
        let fileName = sourceFile.split(separator: "/").last.map(String.init) ?? sourceFile
        return Testing.SourceLocation(
            fileID: "LintRules/\(fileName)", filePath: sourceFile, line: sourceLine, column: 1)
    }
}
