/// SARIF 2.1.0, as GitHub code scanning reads it: `rules[]` with help, results with
/// `relatedLocations` and `partialFingerprints`.
public enum SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let encoding: PrintedText.Encoding = .json
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let informationURI = "https://github.com/shipshape-dev/shipshape"

    public static func report(_ report: Report, options: ReporterOptions) -> String {
        let ruleIDs = report.rules.map(\.identifier)
        let log = SARIFLog(
            schema: schema, version: "2.1.0",
            runs: [
                SARIFLog.Run(
                    tool: .init(
                        driver: .init(
                            name: "shipshape", version: report.toolVersion, informationUri: informationURI,
                            rules: report.rules.map(rule))),
                    results: report.findings.map { result($0, ruleIndex: ruleIDs.firstIndex(of: $0.ruleID), report) },
                    columnKind: "unicodeCodePoints")
            ])
        return JSONDocument.text(log)
    }

    static func rule(_ description: RuleDescription) -> SARIFLog.Rule {
        SARIFLog.Rule(
            id: description.identifier, name: description.name,
            shortDescription: .init(text: description.summary),
            fullDescription: .init(text: description.rationale),
            help: .init(text: description.rationale),
            defaultConfiguration: .init(level: level(description.severity)),
            properties: .init(tags: ["deployment", "docker"]))
    }

    static func result(_ finding: Finding, ruleIndex: Int?, _ report: Report) -> SARIFLog.Result {
        let finding = finding.masked
        var message = finding.message
        if let fix = finding.fix { message += "\nFix: \(fix)" }
        return SARIFLog.Result(
            ruleId: finding.ruleID, ruleIndex: ruleIndex, level: level(finding.severity), message: .init(text: message),
            locations: [.init(id: nil, physicalLocation: physical(finding.location), message: nil)],
            relatedLocations: finding.related.enumerated().map { index, related in
                .init(
                    id: index + 1, physicalLocation: physical(related.location), message: .init(text: related.message))
            },
            partialFingerprints: ["shipshape/v1": fingerprint(finding, report)])
    }

    static func physical(_ location: SourceLocation) -> SARIFLog.PhysicalLocation {
        SARIFLog.PhysicalLocation(
            artifactLocation: .init(uri: uri(location.file), uriBaseId: "%SRCROOT%"),
            region: .init(
                startLine: location.start.line, startColumn: location.start.column, endLine: location.end.line,
                endColumn: max(location.end.column, location.start.column)))
    }

    /// Relative paths as URI references (percent-encoding spaces and the like).
    static func uri(_ path: String) -> String {
        var output = ""
        for scalar in path.unicodeScalars {
            if scalar.isASCII,
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "/-._~".unicodeScalars.contains(scalar)
            {
                output.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    output += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
                }
            }
        }
        return output
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// Stable across line moves: rule, file and the trimmed source line's text, not its number.
    static func fingerprint(_ finding: Finding, _ report: Report) -> String {
        let line = report.sourceLine(finding.location.file, finding.location.line) ?? ""
        let key = [finding.ruleID, finding.location.file, line.trimmedWhitespace, finding.message].joined(
            separator: "\u{1F}")
        return String(FNV1a.hash(key), radix: 16).leftPadded(16)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }

    var trimmedWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

/// 64-bit FNV-1a: stable across runs and platforms, unlike `Hasher`.
enum FNV1a {
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
