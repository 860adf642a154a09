import ArgumentParser
import Foundation
import ShipshapeCore

/// `shipshape lint`'s options, parsed as one group like wait's and diagnose's.
struct LintOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: text, json, sarif or github.")
    var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Configuration file (default: .shipshape.yml in the first directory given).")
    var config: String?

    @Option(
        name: .customLong("enable"),
        help: ArgumentHelp(
            "Also run this opt-in rule (repeatable), as `enabled_rules:` in .shipshape.yml does.",
            valueName: "rule"))
    var enabledRules: [String] = []

    @Option(help: "Lowest severity that makes the exit code 1: error, warning, note or never.")
    var failOn: FailLevel = .error

    @Option(help: "Colour: auto (only on a terminal), always or never.")
    var color: ColorMode = .auto

    @Flag(
        help: """
            Look into the images the repository runs through the Docker Engine (DOCKER_HOST) instead of \
            trusting the knowledge base: file stats in a created, never started container. Cached by image ID.
            """)
    var probeImages = false
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github
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
