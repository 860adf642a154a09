import Diagnose
import Foundation
import ShipshapeCore

/// The report as JSON: every check with section, status, cause, evidence and commands, plus the
/// summary. Texts were masked when the checks were made, and each JSON string is masked again decoded.
public enum DiagnosisJSONReporter: Reporter {
    public static let identifier = "json"
    public static let encoding: PrintedText.Encoding = .json

    public static func report(_ report: DiagnosisReport, options: ReporterOptions = ReporterOptions()) -> String {
        PrintedText(JSONDocument.text(report), encoding: .json).text
    }
}
