import ArgumentParser
import Diagnose
import DiagnoseReporting
import Foundation
import ShipshapeCore

/// Writes the diagnosis in the chosen format, and under GitHub Actions the Markdown step summary.
enum DiagnoseOutput {
    static func emit(_ report: DiagnosisReport, options: DiagnoseOptions) throws {
        try ReportOutput.emit(
            report, with: diagnosisReporters, format: options.format.rawValue, color: options.color,
            to: options.output)
        if ReportFile.onGitHubActions { ReportFile.appendStepSummary(DiagnosisMarkdownReporter.report(report)) }
    }
}
