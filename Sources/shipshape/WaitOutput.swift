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
        if let output = options.output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("Cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        let environment = ProcessInfo.processInfo.environment
        guard environment["GITHUB_ACTIONS"] == "true" else { return }
        FileHandle.standardOutput.write(Data(WaitGitHubReporter.annotations(report).utf8))
        if let summary = environment["GITHUB_STEP_SUMMARY"], let handle = FileHandle(forWritingAtPath: summary) {
            handle.seekToEndOfFile()
            handle.write(Data(WaitGitHubReporter.stepSummary(report).utf8))
            try? handle.close()
        }
    }
}
