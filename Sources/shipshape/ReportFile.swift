import ArgumentParser
import Foundation

/// Where a command's final report goes: a file (`--output`) or standard output, and under GitHub
/// Actions the step summary.
enum ReportFile {
    static func emit(_ text: String, to output: String?) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("Cannot write \(output): \(error.localizedDescription)")
        }
        // Say where the report went: otherwise a run with -o looks like a run that printed nothing.
        FileHandle.standardError.write(Data("shipshape: report written to \(output) (\(text.utf8.count) bytes)\n".utf8))
    }

    /// True when running as a GitHub Actions step.
    static var onGitHubActions: Bool { ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" }

    /// Appends Markdown to `$GITHUB_STEP_SUMMARY` when it is set.
    static func appendStepSummary(_ markdown: String) {
        guard let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"],
            let handle = FileHandle(forWritingAtPath: summary)
        else { return }
        handle.seekToEndOfFile()
        handle.write(Data(markdown.utf8))
        try? handle.close()
    }
}
