import ArgumentParser
import Foundation
import Probes
import ShipshapeCore
import WaitReporting
import Waiting

/// Writes the final report, and under GitHub Actions the annotations and the step summary.
enum WaitOutput {
    static func emit(_ report: WaitReport, options: WaitOptions) throws {
        try ReportOutput.emit(
            report, with: waitReporters, format: options.format.rawValue, color: options.color, to: options.output)
        guard ReportFile.onGitHubActions else { return }
        try ReportFile.emit(
            PrintedText(WaitGitHubReporter.annotations(report), encoding: .workflowCommands), to: nil)
        ReportFile.appendStepSummary(WaitGitHubReporter.stepSummary(report))
    }
}
