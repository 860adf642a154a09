import Foundation
import Probes
import ShipshapeCore
import Synchronization
import TestSupport
import Testing
import Waiting

@testable import WaitReporting

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The wait reporters on a fixed report: the seed's broken check next to a healthy target.
@Suite struct WaitReportersTests {
    static let report = WaitReport(
        targets: [
            TargetOutcome(
                name: "backend", status: .unhealthy, cause: .probeToolMissing, attempts: 1, elapsedMilliseconds: 412,
                results: [
                    CheckResult(
                        target: "backend", check: "exec wget -q -O- http://localhost:8000/health", status: .unhealthy,
                        cause: .probeToolMissing, message: "wget is not installed in the container",
                        evidence: [.init("stderr", "exec: \"wget\": executable file not found in $PATH")],
                        nextStep: "probe from outside: --http :8000/health")
                ],
                verdict: "the service is healthy; the health check is broken: wget is not installed in the container",
                versionSignals: [], healthLog: [],
                logTail: ["connecting to redis://:s3cr3t@redis:6379/0", "GET /health 200 <ok & fine>"], probeRoute: nil),
            TargetOutcome(
                name: "frontend", status: .healthy, cause: nil, attempts: 3, elapsedMilliseconds: 1_250, results: [],
                verdict: nil,
                versionSignals: [
                    VersionSignal(source: "json $.version", expected: "abc1234", actual: "abc1234", matches: true)
                ],
                healthLog: [], logTail: [], probeRoute: "published port 127.0.0.1:3001"),
        ],
        elapsedMilliseconds: 1_300)

    @Test func textShowsTheTruth() {
        let text = WaitTextReporter.report(Self.report)
        #expect(text.contains("✗ backend unhealthy after 1 attempt in 412ms: probe-tool-missing"))
        #expect(text.contains("verdict: the service is healthy; the health check is broken"))
        #expect(text.contains("stderr: exec: \"wget\": executable file not found"))
        #expect(text.contains("✓ frontend healthy after 3 attempts in 1.25s (published port 127.0.0.1:3001)"))
        #expect(text.contains("version ✓ json $.version: expected abc1234, found abc1234"))
        #expect(text.hasSuffix("1 of 2 targets healthy in 1.3s.\n"))
    }

    /// Fields that carry no version are listed only while no signal matched: once one did, they are noise.
    @Test(arguments: [true, false]) func silentVersionFieldsOnlyWhileNothingMatched(matched: Bool) {
        let outcome = TargetOutcome(
            name: "web", status: matched ? .healthy : .unhealthy, cause: matched ? nil : .versionMismatch,
            attempts: 3, elapsedMilliseconds: 900, results: [], verdict: nil,
            versionSignals: [
                VersionSignal(
                    source: "json $.version", expected: "v2", actual: matched ? "v2" : "v1", matches: matched),
                VersionSignal(source: "json $.commit", expected: "v2", actual: nil, matches: nil),
            ],
            healthLog: [], logTail: [], probeRoute: nil)
        let text = WaitTextReporter.report(WaitReport(targets: [outcome], elapsedMilliseconds: 900))
        #expect(text.contains("version: not reported by json $.commit") == !matched, "\(text)")
    }

    /// Every format of `wait` (and the GitHub annotations and step summary) against its golden file.
    @Test(arguments: waitReporters.identifiers + ["github-annotations", "github-summary"])
    func matchesGoldenFile(format: String) throws {
        let output: String
        switch format {
        case "github-annotations": output = WaitGitHubReporter.annotations(Self.report)
        case "github-summary": output = WaitGitHubReporter.stepSummary(Self.report)
        default:
            let reporter = try #require(waitReporters.named(format))
            output = reporter.printed(Self.report, options: ReporterOptions()).text
        }
        let golden = try GoldenFile.text(GoldenFile.path("wait.\(format)", besides: #filePath), output: output)
        #expect(output == golden)
    }

    @Test(arguments: ["text", "json", "junit", "summary"])
    func secretsAreMasked(format: String) {
        let output =
            switch format {
            case "text": WaitTextReporter.report(Self.report)
            case "json": WaitJSONReporter.report(Self.report)
            case "junit": WaitJUnitReporter.report(Self.report)
            default: WaitGitHubReporter.stepSummary(Self.report)
            }
        #expect(!output.contains("s3cr3t"))
    }

    @Test func junitIsWellFormedXML() throws {
        let xml = WaitJUnitReporter.report(Self.report)
        let document = try XMLDocument(xmlString: xml)
        let failures = try document.nodes(forXPath: "//testcase/failure")
        #expect(failures.count == 1)
        #expect(xml.contains("&lt;ok &amp; fine&gt;"))
    }

    @Test func gitHubAnnotationsAndSummary() {
        let annotations = WaitGitHubReporter.annotations(Self.report)
        #expect(
            annotations.hasPrefix("::error title=shipshape wait — backend (probe-tool-missing)::the service is healthy")
        )
        let summary = WaitGitHubReporter.stepSummary(Self.report)
        #expect(summary.contains("| backend | ❌ unhealthy | probe-tool-missing | 1 | 412ms |"))
        #expect(summary.contains("| frontend | ✅ healthy |  | 3 | 1.25s | published port 127.0.0.1:3001 |"))
    }

    @Test func liveDisplayRedrawsInPlaceAndPlainModeAppends() {
        let written = Written()
        let live = WaitProgressDisplay(live: true) { written.append($0) }
        live.handle(.attempt(target: "backend", number: 1, elapsedMilliseconds: 100, lastError: "connection refused"))
        live.handle(.attempt(target: "backend", number: 2, elapsedMilliseconds: 300, lastError: "connection refused"))
        #expect(written.text.contains("\u{1B}[1A"))
        let plainWritten = Written()
        let plain = WaitProgressDisplay(live: false) { plainWritten.append($0) }
        plain.handle(.attempt(target: "backend", number: 1, elapsedMilliseconds: 100, lastError: "connection refused"))
        plain.handle(.attempt(target: "backend", number: 2, elapsedMilliseconds: 300, lastError: "connection refused"))
        #expect(
            plainWritten.text == "backend: attempt 1 at 100ms: connection refused\n",
            "unchanged errors are not repeated")
    }
}

/// Collects what a display writes.
final class Written: Sendable {
    private let storage = Mutex("")
    func append(_ text: String) { storage.withLock { $0 += text } }
    var text: String { storage.withLock { $0 } }
}
