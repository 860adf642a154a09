import Foundation
import Probes
import ShipshapeCore
import Waiting

/// `--format json`: the whole report, secrets masked, keys sorted; causes as stable codes.
public enum WaitJSONReporter: Reporter {
    public static let identifier = "json"
    public static let encoding: PrintedText.Encoding = .json

    public static func report(_ report: WaitReport, options: ReporterOptions = ReporterOptions()) -> String {
        PrintedText(JSONDocument.text(report), encoding: .json).text
    }
}
