import ArgumentParser
import ShipshapeCore

/// The one place where a command's `--format` value becomes a reporter and the report leaves the
/// program (masked and bounded by `PrintedText`), for every command.
enum ReportOutput {
    static func emit<Subject>(
        _ subject: Subject, with reporters: ReporterSet<Subject>, format: String, color: ColorMode, to output: String?
    ) throws {
        guard let reporter = reporters.named(format) else {
            throw ValidationError(
                "unknown format '\(format)'; expected one of \(reporters.identifiers.joined(separator: ", "))")
        }
        let options = ReporterOptions(color: color.enabled(writingToFile: output != nil))
        try ReportFile.emit(reporter.printed(subject, options: options), to: output)
    }
}
