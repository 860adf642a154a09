import Foundation

/// Machine-readable output: `{ "version", "summary", "findings": [...] }`, keys sorted.
public enum JSONReporter: Reporter {
    public static let identifier = "json"
    public static let encoding: PrintedText.Encoding = .json

    struct Document: Encodable {
        struct Summary: Encodable {
            let files: Int
            let errors: Int
            let warnings: Int
            let notes: Int
        }

        let tool: String
        let version: String
        let summary: Summary
        let findings: [Finding]
    }

    public static func report(_ report: Report, options: ReporterOptions) -> String {
        let document = Document(
            tool: "shipshape", version: report.toolVersion,
            summary: .init(
                files: report.filesScanned, errors: report.count(.error), warnings: report.count(.warning),
                notes: report.count(.note)),
            findings: report.findings.map(\.masked))
        return JSONDocument.text(document)
    }
}

extension Finding {
    /// The finding with secrets masked in every text field.
    public var masked: Finding {
        var copy = self
        copy.message = SecretMasker.masking(message)
        copy.fix = fix.map(SecretMasker.masking)
        copy.related = related.map { Related($0.location, SecretMasker.masking($0.message)) }
        return copy
    }
}
