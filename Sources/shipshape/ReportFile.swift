import ArgumentParser
import Foundation
import ShipshapeCore

/// Where a command's final report goes: a file (`--output`) or standard output, and under GitHub
/// Actions the step summary. Everything passes through ``OutputSink``, so it is masked.
enum ReportFile {
    static func emit(_ printed: PrintedText, to output: String?) throws {
        guard let output else {
            try OutputSink.current.write(printed, to: .standardOutput)
            return
        }
        do {
            try OutputSink.current.write(printed, to: .file(output))
        } catch {
            throw ValidationError("Cannot write \(output): \(error.localizedDescription)")
        }
        // Say where the report went: otherwise a run with -o looks like a run that printed nothing.
        note("shipshape: report written to \(output)")
    }

    /// A message on standard error, masked.
    static func note(_ text: String) {
        try? OutputSink.current.write(PrintedText(text + "\n"), to: .standardError)
    }

    /// True when running as a GitHub Actions step.
    static var onGitHubActions: Bool { ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" }

    /// Appends Markdown to `$GITHUB_STEP_SUMMARY` when it is set.
    static func appendStepSummary(_ markdown: String) {
        guard let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"] else { return }
        OutputSink.current.append(PrintedText(markdown), toFileAt: summary)
    }
}
