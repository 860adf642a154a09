import Probes
import ShipshapeCore
import Waiting

/// `--format junit`: one test case per target, so CI systems show health gates next to tests.
public enum WaitJUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let encoding: PrintedText.Encoding = .markup

    public static func report(_ report: WaitReport, options: ReporterOptions = ReporterOptions()) -> String {
        let failures = report.targets.filter { $0.status == .unhealthy }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"shipshape wait\" tests=\"\(report.targets.count)\" failures=\"\(failures)\""
        xml += " time=\"\(seconds(report.elapsedMilliseconds))\">\n"
        xml += "  <testsuite name=\"shipshape wait\" tests=\"\(report.targets.count)\" failures=\"\(failures)\""
        xml += " time=\"\(seconds(report.elapsedMilliseconds))\">\n"
        for outcome in report.targets {
            xml += "    <testcase classname=\"shipshape.wait\" name=\"\(escape(outcome.name))\""
            xml += " time=\"\(seconds(outcome.elapsedMilliseconds))\""
            guard outcome.status == .unhealthy else {
                xml += "/>\n"
                continue
            }
            let cause = outcome.cause?.rawValue ?? "unhealthy"
            let message = outcome.verdict ?? outcome.results.first { $0.status == .unhealthy }?.message ?? cause
            xml += ">\n      <failure type=\"\(escape(cause))\" message=\"\(escape(message))\">"
            let details = WaitTextReporter.render(outcome, style: TerminalStyle(enabled: false)).joined(separator: "\n")
            xml += escape(details) + "</failure>\n    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func seconds(_ milliseconds: Int) -> String { format3(Double(milliseconds) / 1000) }

    static func format3(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    /// XML attribute and text escaping of masked, line-bounded text (``PrintedText``); control
    /// characters other than tab/newline are dropped.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in PrintedText(text).text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\n", "\t": output.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }
}
