import Diagnose
import ShipshapeCore

/// `shipshape diagnose`'s `--format` reporters. Under GitHub Actions the Markdown report is also the
/// step summary.
public var diagnosisReporters: ReporterSet<DiagnosisReport> {
    ReporterSet([
        DiagnosisTextReporter.self, DiagnosisMarkdownReporter.self, DiagnosisJSONReporter.self,
        DiagnosisHTMLReporter.self,
    ])
}
