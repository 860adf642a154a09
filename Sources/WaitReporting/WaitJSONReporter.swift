import Foundation
import Probes
import ShipshapeCore

/// `--format json`: the whole report, secrets masked, keys sorted; causes as stable codes.
public enum WaitJSONReporter {
    public static func report(_ report: WaitReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return PrintedText(text, encoding: .json).text + "\n"
    }
}
