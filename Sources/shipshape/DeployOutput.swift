import Deploy
import Foundation
import ShipshapeCore

/// Prints deploy progress (stdout for text, stderr when stdout carries JSON) and the final report.
enum DeployOutput {
    static func line(_ text: String, format: DeployFormat) {
        let printed = PrintedText("shipshape: " + text + "\n")
        try? OutputSink.current.write(printed, to: format == .json ? .standardError : .standardOutput)
    }

    static func report(_ unmasked: DeployReport, format: DeployFormat) {
        var report = unmasked
        report.logTail = report.logTail.map(SecretMasker.masking)
        report.cause = report.cause.map(SecretMasker.masking)
        try? ReportOutput.emit(report, with: deployReporters, format: format.rawValue, color: .never, to: nil)
        if format == .github, let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
            OutputSink.current.append(PrintedText(DeployGitHubReporter.stepSummary(report)), toFileAt: path)
        }
    }
}
