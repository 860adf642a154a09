import ArgumentParser
import Diagnose
import DiagnoseReporting
import Foundation

/// Writes the diagnosis in the chosen format, and under GitHub Actions the Markdown step summary.
enum DiagnoseOutput {
    static func emit(_ report: DiagnosisReport, options: DiagnoseOptions) throws {
        let text: String
        switch options.format {
        case .text: text = DiagnosisTextReporter.report(report, color: options.color.enabled(writingToFile: options.output != nil))
        case .markdown: text = DiagnosisMarkdownReporter.report(report)
        case .json: text = DiagnosisJSONReporter.report(report)
        case .html: text = DiagnosisHTMLReporter.report(report)
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
        guard environment["GITHUB_ACTIONS"] == "true", let summary = environment["GITHUB_STEP_SUMMARY"],
            let handle = FileHandle(forWritingAtPath: summary)
        else { return }
        handle.seekToEndOfFile()
        handle.write(Data(DiagnosisMarkdownReporter.report(report).utf8))
        try? handle.close()
    }
}
