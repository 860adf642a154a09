/// The outcome of one lint run, handed to a reporter.
public struct Report: Sendable {
    public var findings: [Finding]
    /// Descriptions of the rules that ran (SARIF lists them).
    public var rules: [RuleDescription]
    /// Text of the files findings point into, by path, to quote source lines.
    public var sources: [String: String]
    public var filesScanned: Int
    public var toolVersion: String

    public init(
        findings: [Finding], rules: [RuleDescription], sources: [String: String], filesScanned: Int,
        toolVersion: String
    ) {
        self.findings = findings.sorted()
        self.rules = rules
        self.sources = sources
        self.filesScanned = filesScanned
        self.toolVersion = toolVersion
    }

    /// Counts by severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// The 1-based line of a file, if known.
    public func sourceLine(_ file: String, _ line: Int) -> String? {
        guard let text = sources[file], line >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        while current < line {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        var result = String(text[start..<end])
        if result.hasSuffix("\r") { result.removeLast() }
        return result
    }
}
