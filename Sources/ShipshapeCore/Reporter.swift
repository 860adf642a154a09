/// Turns a report into text for one output format. Stateless; one type per format.
public protocol Reporter {
    static var identifier: String { get }
    static func report(_ report: Report, options: ReporterOptions) -> String
}

public struct ReporterOptions: Sendable {
    /// ANSI colours (only when writing to a terminal).
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }
}

/// Every reporter, by identifier. (A computed list: a stored global of metatypes is not `Sendable`.)
public var allReporters: [any Reporter.Type] {
    [TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self]
}

public func reporter(named identifier: String) -> (any Reporter.Type)? {
    allReporters.first { $0.identifier == identifier }
}
