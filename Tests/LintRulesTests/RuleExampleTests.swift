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

    /// Each triggering example also runs through `LintEngine` as a user's lint does: the same findings
    /// (de-duplicated), a severity override applied to each, none when the rule is disabled, and none
    /// with an ignore pragma on the line before each marker.
    @Test(arguments: rules)
    func examplesRunThroughTheEngine(rule: RuleCase) {
        let id = rule.description.identifier
        for example in rule.description.triggering {
            let (files, markers) = example.strippingMarkers()
            let location = example.testingLocation
            let direct = ExampleRunner.findings(of: rule.type, in: files, images: example.images)
            let overridden = ExampleRunner.engineFindings(
                of: id, in: files, configuration: Configuration(enabledRules: [id], severities: [id: .note]),
                images: example.images)
            #expect(
                Set(overridden.map(\.location)) == Set(direct.map(\.location)),
                "engine: \(overridden.map(\.location)), rule alone: \(direct.map(\.location))", sourceLocation: location
            )
            #expect(overridden.allSatisfy { $0.severity == .note }, sourceLocation: location)
            let disabled = ExampleRunner.engineFindings(
                of: id, in: files, configuration: Configuration(disabledRules: [id]), images: example.images)
            #expect(disabled.isEmpty, "a disabled rule reported \(disabled.map(\.location))", sourceLocation: location)
            guard let pragmas = ExampleRunner.withIgnorePragmas(files, before: markers, rule: id) else { continue }
            let ignored = ExampleRunner.engineFindings(
                of: id, in: pragmas, configuration: Configuration(enabledRules: [id]), images: example.images)
            #expect(
                ignored.isEmpty, "ignore pragmas did not suppress \(ignored.map(\.location))", sourceLocation: location)
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
        let context = LintContext(model: model(files), observedImages: images)
        return rule.init().check(context).sorted()
    }

    /// Lints in-memory files with the engine and `configuration`; the findings of rule `id`.
    static func engineFindings(
        of id: String, in files: [String: String], configuration: Configuration, images: [ObservedImage]
    ) -> [Finding] {
        LintEngine.lint(model(files), configuration: configuration, toolVersion: "test", observedImages: images)
            .findings.filter { $0.ruleID == id }
    }

    static func model(_ files: [String: String]) -> DeploymentModel {
        let inputs = files.keys.sorted().compactMap { path -> DeploymentModel.Input? in
            guard let text = files[path], let kind = Discovery.kind(ofPath: path, contents: text) else { return nil }
            return DeploymentModel.Input(path: path, kind: kind, text: text)
        }
        return DeploymentModel.build(inputs)
    }

    /// The files with `shipshape: ignore=RULE` on a line of its own before each marker's line, in the
    /// file's comment syntax; nil when a marked file has none (JSON).
    static func withIgnorePragmas(
        _ files: [String: String], before markers: [String: ShipshapeCore.SourceLocation], rule: String
    )
        -> [String: String]?
    {
        var result = files
        for (path, located) in Dictionary(grouping: markers.values, by: \.file) {
            guard let text = files[path], let comment = commentPrefix(path) else { return nil }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for line in Set(located.map(\.line)).sorted(by: >) where line >= 1 && line <= lines.count {
                let indent = lines[line - 1].prefix { $0 == " " || $0 == "\t" }
                lines.insert("\(indent)\(comment) shipshape: ignore=\(rule)", at: line - 1)
            }
            result[path] = lines.joined(separator: "\n")
        }
        return result
    }

    static func commentPrefix(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".json") { return nil }
        let slashes = [".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".go"]
        return slashes.contains { name.hasSuffix($0) } ? "//" : "#"
    }
}

extension Example {
    var testingLocation: Testing.SourceLocation {
        let fileName = sourceFile.split(separator: "/").last.map(String.init) ?? sourceFile
        return Testing.SourceLocation(
            fileID: "LintRules/\(fileName)", filePath: sourceFile, line: sourceLine, column: 1)
    }
}
