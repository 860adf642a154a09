import Diagnose
import ShipshapeCore

/// One self-contained HTML file (inline CSS, no scripts, no external resources) a person can open
/// and share: the summary and next steps, then every section with its evidence.
public enum DiagnosisHTMLReporter: Reporter {
    public static let identifier = "html"
    public static let encoding: PrintedText.Encoding = .markup

    public static func report(_ report: DiagnosisReport, options: ReporterOptions = ReporterOptions()) -> String {
        let summary = report.summary
        var body = [
            "<h1>shipshape diagnose: \(report.passed ? "healthy" : "problems found")</h1>",
            "<p class=\"meta\">\(e(report.scope)) on <code>\(e(report.host))</code> — \(summary.passed) passed, "
                + "\(summary.warnings) warnings, \(summary.failures) failed, \(summary.skipped) skipped in "
                + "\(DiagnosisFormat.seconds(report.elapsedMilliseconds))</p>",
        ]
        if let root = summary.rootCause {
            body.append(
                "<section class=\"root \(root.status.rawValue)\"><h2>\(root.status == .fail ? "Likely root cause" : "Worth a look")</h2>"
                    + "<p><strong>\(e(root.subject))</strong> — <code>\(e(DiagnosisFormat.causeName(root)))</code>: \(e(root.message))</p></section>"
            )
            body.append("<h2>Next steps</h2><ol>")
            for step in summary.nextSteps {
                let commands =
                    step.commands.isEmpty
                    ? "" : "<pre>" + step.commands.map { "$ " + e($0) }.joined(separator: "\n") + "</pre>"
                body.append(
                    "<li><strong>\(e(step.subject))</strong>: \(e(step.action))<br><small>\(e(step.finding))</small>\(commands)</li>"
                )
            }
            body.append("</ol>")
        }
        for section in report.sections {
            body.append(
                "<h2>\(section.rawValue). \(e(section.title))</h2><table><tr><th></th><th>subject</th><th>check</th><th>result</th></tr>"
            )
            for check in report.checks(in: section) {
                let evidence = check.evidence.map { "<div class=\"ev\">\(e($0.label)): \(e($0.detail))</div>" }.joined()
                body.append(
                    "<tr class=\"\(check.status.rawValue)\"><td>\(DiagnosisFormat.label(check.status))</td><td>\(e(check.subject))</td>"
                        + "<td>\(e(check.name))</td><td>\(e(check.message))\(evidence)</td></tr>")
            }
            body.append("</table>")
        }
        for (section, reason) in report.omitted.sorted(by: { $0.key < $1.key }) {
            body.append("<p class=\"meta\">\(e(section)) not checked: \(e(reason))</p>")
        }
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>shipshape diagnose — \(e(report.scope))</title>
            <style>\(style)</style></head><body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
        return page
    }

    static let style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
        tr.fail td:first-child{color:#b00020;font-weight:bold}tr.warn td:first-child{color:#a66300;font-weight:bold}
        tr.pass td:first-child{color:#1b7f3b}tr.skip{color:#888}.ev{color:#555;font-size:12px}
        .root{border-left:4px solid #b00020;padding:0 1em;background:#fff5f5}.root.warn{border-color:#a66300;background:#fffaf0}
        pre{background:#f4f4f4;padding:6px}.meta{color:#555}
        """

    /// HTML-escaped text, masked and each line bounded first: once escaped, `&quot;password&quot;`
    /// hides the quotes the masker reads.
    static func e(_ text: String) -> String {
        var result = ""
        for character in PrintedText(text).text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
