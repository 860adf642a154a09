import ArgumentParser
import Diagnose
import DiagnoseReporting
import Foundation
import ShipshapeCore

/// Writes the diagnosis in the chosen format, and under GitHub Actions the Markdown step summary.
enum DiagnoseOutput {
    static func emit(_ report: DiagnosisReport, options: DiagnoseOptions) throws {
        let text: PrintedText
        switch options.format {
        case .text:
            text = PrintedText(
                DiagnosisTextReporter.report(
                    report, color: options.color.enabled(writingToFile: options.output != nil)))
        case .markdown: text = PrintedText(DiagnosisMarkdownReporter.report(report))
        case .json: text = PrintedText(DiagnosisJSONReporter.report(report), encoding: .json)
        case .html: text = PrintedText(DiagnosisHTMLReporter.report(report), encoding: .markup)
        }
        try ReportFile.emit(text, to: options.output)
        if ReportFile.onGitHubActions { ReportFile.appendStepSummary(DiagnosisMarkdownReporter.report(report)) }
    }
}
