import Plan
import Probes
import ShipshapeCore

/// The version a container should run and where it reports it, as `wait` reads them.
struct ExpectedVersion {
    let version: String
    /// JSON fields of the health response that may carry it (empty: the default fields).
    let fields: [String]

    /// The command line's `--expect-version`, else the container's plan target's `expect-version:`.
    init?(_ container: DiagnosedContainer, commandLine: String?) {
        let planned = container.target?.expectations.lazy.compactMap { expectation -> (String, [String])? in
            if case .version(let version, let fields) = expectation.versionTerms { return (version, fields) }
            return nil
        }.first
        guard let version = commandLine ?? planned?.0 else { return nil }
        self.version = version
        self.fields = planned?.1 ?? []
    }

    /// The version check of one health response of `container`. When no field reports a version, the image's
    /// revision label is the witness, judged in section 2 (nil here); with no label either, a warning.
    func check(_ response: HTTPSnapshot?, container: DiagnosedContainer, route: String?) -> DiagnosisCheck? {
        let subject = container.service
        let signals = VersionChecker.jsonSignals(expected: version, fields: fields, response: response)
        let reported = signals.filter { $0.actual != nil }
        guard let first = reported.first else {
            guard VersionChecker.revision(image: nil, details: container.details) == nil else { return nil }
            return DiagnosisCheck(
                section: .endpoints, subject: subject, name: "version", status: .warn, cause: .versionMismatch,
                message:
                    "cannot tell whether \(version) runs: neither the health response (\(signals.map(\.source).joined(separator: ", "))) nor the image's \(VersionChecker.revisionLabel) label reports a version",
                nextStep:
                    "serve the version in the health response, or build with --label \(VersionChecker.revisionLabel)=$GIT_SHA (docker/metadata-action sets it)"
            )
        }
        let evidence = reported.map { CheckResult.Evidence($0.source, $0.actual ?? "") }
        guard let wrong = reported.first(where: { $0.matches == false }) else {
            return .pass(
                .endpoints, subject, "version", "reports \(first.actual ?? version) at \(first.source), as expected",
                evidence: evidence)
        }
        return DiagnosisCheck(
            section: .endpoints, subject: subject, name: "version", status: .fail, cause: .versionMismatch,
            message: "reports \(wrong.actual ?? "") at \(wrong.source), expected \(version)",
            evidence: (route.map { [CheckResult.Evidence("route", $0)] } ?? []) + evidence,
            nextStep: "the deploy did not replace this container: pull the new tag and recreate it")
    }
}
