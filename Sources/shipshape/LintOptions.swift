import ArgumentParser
import Foundation
import ShipshapeCore

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github

    /// How the report is masked on its way out.
    var encoding: PrintedText.Encoding {
        switch self {
        case .text: .plain
        case .json, .sarif: .json
        case .github: .workflowCommands
        }
    }

    var reporter: any Reporter.Type {
        switch self {
        case .text: TextReporter.self
        case .json: JSONReporter.self
        case .sarif: SARIFReporter.self
        case .github: GitHubReporter.self
        }
    }
}

enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, note, never

    var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .note: .note
        case .never: nil
        }
    }
}

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(writingToFile: Bool) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto:
            !writingToFile && isatty(STDOUT_FILENO) == 1
                && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}
