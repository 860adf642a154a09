/// Turns one command's result value into text in one output format: stateless, one type per format.
///
/// Every command has one value for its result (lint's `Report`, wait's `WaitReport`, diagnose's
/// `DiagnosisReport`) and a `ReporterSet` of reporters for it; the command line picks one by
/// `--format`, and `PrintedText` masks and bounds what it returns on its way out of the program.
public protocol Reporter<Subject> {
    associatedtype Subject
    /// The `--format` value: `text`, `json`, `sarif`…
    static var identifier: String { get }
    /// How the output is masked and bounded (`.plain` unless the format says otherwise).
    static var encoding: PrintedText.Encoding { get }
    static func report(_ subject: Subject, options: ReporterOptions) -> String
}

extension Reporter {
    public static var encoding: PrintedText.Encoding { .plain }

    /// The output, ready to leave the program.
    public static func printed(_ subject: Subject, options: ReporterOptions) -> PrintedText {
        PrintedText(report(subject, options: options), encoding: encoding)
    }
}

public struct ReporterOptions: Sendable {
    /// ANSI colours (only when writing to a terminal).
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }
}

/// The reporters of one command, by `--format` value.
public struct ReporterSet<Subject> {
    public let reporters: [any Reporter<Subject>.Type]

    public init(_ reporters: [any Reporter<Subject>.Type]) {
        self.reporters = reporters
    }

    public var identifiers: [String] { reporters.map { $0.identifier } }

    public func named(_ identifier: String) -> (any Reporter<Subject>.Type)? {
        reporters.first { $0.identifier == identifier }
    }
}

/// Lint's reporters. (Computed: a stored global of metatypes is not `Sendable`.)
public var lintReporters: ReporterSet<Report> {
    ReporterSet([TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self])
}

public func reporter(named identifier: String) -> (any Reporter<Report>.Type)? {
    lintReporters.named(identifier)
}
