import Foundation
import Testing

/// A labelled corpus of real public cases (`Corpus/labels.json`): each reconstructed minimally from
/// the issue or pull request that reported or fixed it (repository and URL kept as evidence), and
/// labelled `bug` with the findings it must produce, or `fine` (the fixed version, or a healthcheck
/// a maintainer verified). Recall is the share of labelled bugs reported; precision the share of
/// error findings that are labelled bugs. Both are printed and held above floors.
@Suite struct CorpusTests {
    struct Case: Decodable {
        let id: String
        let repository: String
        let evidence: String
        let label: String
        let expect: [Expected]
    }

    struct Expected: Decodable, Hashable {
        let rule: String
        let file: String
    }

    static let root = ShipshapeProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Corpus")
    static let recallFloor = 0.9
    static let precisionFloor = 0.95

    static func cases() throws -> [Case] {
        try JSONDecoder().decode([Case].self, from: Data(contentsOf: root.appendingPathComponent("labels.json")))
    }

    @Test func everyCaseCitesItsEvidence() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 40)
        #expect(Set(cases.map(\.id)).count == cases.count)
        for item in cases {
            #expect(item.evidence.hasPrefix("https://github.com/\(item.repository)/"), "\(item.id)")
            #expect(
                item.label == "bug" ? !item.expect.isEmpty : item.label == "fine" && item.expect.isEmpty, "\(item.id)")
            let files = try FileManager.default.subpathsOfDirectory(
                atPath: Self.root.appendingPathComponent(item.id).path)
            #expect(!files.isEmpty, "\(item.id) has no files")
        }
    }

    @Test func recallAndPrecisionStayAboveFloors() throws {
        let cases = try Self.cases()
        var labelled = 0
        var found = 0
        var errors = 0
        var labelledErrors = 0
        var missed: [String] = []
        var unlabelled: [String] = []
        for item in cases {
            let directory = Self.root.appendingPathComponent(item.id).path
            let result = try ShipshapeProcess.run(
                ["lint", ".", "--format", "json", "--fail-on", "never"], in: directory)
            #expect(!result.crashed && result.status == 0, "\(item.id): \(result.stderr)")
            let findings = try JSONFindings.parse(result.stdout).filter { $0.severity == "error" }
            for label in item.expect {
                labelled += 1
                if findings.contains(where: { $0.rule == label.rule && $0.file == label.file }) {
                    found += 1
                } else {
                    missed.append("\(item.id): \(label.rule) in \(label.file)")
                }
            }
            for finding in findings {
                errors += 1
                if item.expect.contains(Expected(rule: finding.rule, file: finding.file)) {
                    labelledErrors += 1
                } else {
                    unlabelled.append("\(item.id): \(finding.rule) \(finding.file):\(finding.line) \(finding.message)")
                }
            }
        }
        let recall = labelled == 0 ? 0 : Double(found) / Double(labelled)
        let precision = errors == 0 ? 1 : Double(labelledErrors) / Double(errors)
        print(
            "corpus: \(cases.count) cases (\(cases.filter { $0.label == "bug" }.count) bugs); recall \(found)/\(labelled) = "
                + String(format: "%.2f", recall) + "; precision \(labelledErrors)/\(errors) = "
                + String(format: "%.2f", precision))
        #expect(recall >= Self.recallFloor, "missed: \(missed)")
        #expect(precision >= Self.precisionFloor, "errors not labelled: \(unlabelled)")
    }
}
