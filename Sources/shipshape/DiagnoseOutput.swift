import ArgumentParser
import Diagnose
import DiagnoseReporting
import Foundation

/// Writes the diagnosis in the chosen format, and under GitHub Actions the Markdown step summary.
enum DiagnoseOutput {
    static func emit(_ report: DiagnosisReport, options: DiagnoseOptions) throws {
        let text: String
        switch options.format {
        case .text:
            text = DiagnosisTextReporter.report(
                report, color: options.color.enabled(writingToFile: options.output != nil))
        case .markdown: text = DiagnosisMarkdownReporter.report(report)
        case .json: text = DiagnosisJSONReporter.report(report)
        case .html: text = DiagnosisHTMLReporter.report(report)
        }
        try ReportFile.emit(text, to: options.output)
        if ReportFile.onGitHubActions { ReportFile.appendStepSummary(DiagnosisMarkdownReporter.report(report)) }
    }
}
