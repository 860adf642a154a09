import Diagnose

/// Small formatting helpers shared by the diagnosis reporters.
enum DiagnosisFormat {
    /// `1.24 s`.
    static func seconds(_ milliseconds: Int) -> String {
        let value = Double(milliseconds) / 1000
        return String(format: "%.2f s", value)
    }

    /// The cause code, or the check name when there is none.
    static func causeName(_ check: DiagnosisCheck) -> String { check.cause?.rawValue ?? check.name }

    /// `PASS`, `WARN`, `FAIL`, `SKIP`.
    static func label(_ status: DiagnosisStatus) -> String { status.rawValue.uppercased() }
}
