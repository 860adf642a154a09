import ArgumentParser
import Foundation
import Probes
import ShipshapeCore
import WaitReporting

/// Writes the final report, and under GitHub Actions the annotations and the step summary.
enum WaitOutput {
    static func emit(_ report: WaitReport, options: WaitOptions) throws {
        let text: PrintedText
        switch options.format {
        case .text:
            text = PrintedText(
                WaitTextReporter.report(report, color: options.color.enabled(writingToFile: options.output != nil)))
        case .json: text = PrintedText(WaitJSONReporter.report(report), encoding: .json)
        case .junit: text = PrintedText(WaitJUnitReporter.report(report), encoding: .markup)
        }
        try ReportFile.emit(text, to: options.output)
        guard ReportFile.onGitHubActions else { return }
        try ReportFile.emit(
            PrintedText(WaitGitHubReporter.annotations(report), encoding: .workflowCommands), to: nil)
        ReportFile.appendStepSummary(WaitGitHubReporter.stepSummary(report))
    }
}
