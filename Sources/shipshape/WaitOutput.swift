import ArgumentParser
import Foundation
import Probes
import WaitReporting

/// Writes the final report, and under GitHub Actions the annotations and the step summary.
enum WaitOutput {
    static func emit(_ report: WaitReport, options: WaitOptions) throws {
        let text: String
        switch options.format {
        case .text:
            text = WaitTextReporter.report(report, color: options.color.enabled(writingToFile: options.output != nil))
        case .json: text = WaitJSONReporter.report(report)
        case .junit: text = WaitJUnitReporter.report(report)
        }
        try ReportFile.emit(text, to: options.output)
        guard ReportFile.onGitHubActions else { return }
        FileHandle.standardOutput.write(Data(WaitGitHubReporter.annotations(report).utf8))
        ReportFile.appendStepSummary(WaitGitHubReporter.stepSummary(report))
    }
}
