import Foundation
import ShipshapeCore

/// `--format json`: the whole report as one document, keys sorted.
public enum DeployJSONReporter: Reporter {
    public static let identifier = "json"
    public static let encoding: PrintedText.Encoding = .json

    public static func report(_ report: DeployReport, options: ReporterOptions = ReporterOptions()) -> String {
        JSONDocument.text(report)
    }
}
