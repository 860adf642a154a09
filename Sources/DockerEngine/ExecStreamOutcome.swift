import AsyncHTTPClient
import Foundation
import NIOCore

/// What was read from an exec's multiplexed output stream.
struct ExecStreamOutcome: Sendable {
    var stdout: CappedOutput
    var stderr: CappedOutput
    var timedOut = false
    /// A non-2xx answer to exec start (e.g. 404 container gone, 409 container not running).
    var failure: RawResponse?

    static let empty = ExecStreamOutcome(stdout: CappedOutput(limit: 0), stderr: CappedOutput(limit: 0))

    init(stdout: CappedOutput, stderr: CappedOutput) {
        self.stdout = stdout
        self.stderr = stderr
    }

    init(failure: RawResponse) {
        self.init(stdout: CappedOutput(limit: 0), stderr: CappedOutput(limit: 0))
        self.failure = failure
    }

    /// Demultiplexes the body until EOF; on cancellation or a broken connection it returns the
    /// output gathered so far, because partial output is exactly what a timeout report needs.
    static func read(_ body: HTTPClientResponse.Body, limit: Int) async -> ExecStreamOutcome {
        var outcome = ExecStreamOutcome(stdout: CappedOutput(limit: limit), stderr: CappedOutput(limit: limit))
        var demultiplexer = StreamDemultiplexer()
        do {
            for try await chunk in body {
                for piece in demultiplexer.feed(chunk.readableBytesView) {
                    switch piece.stream {
                    case .stdout: outcome.stdout.append(piece.bytes)
                    case .stderr: outcome.stderr.append(piece.bytes)
                    }
                }
            }
        } catch {
            // Cancelled (timeout) or connection lost: keep what arrived.
        }
        return outcome
    }

    /// Builds the public result, moving dockerd's start-failure text from stdout to stderr.
    func result(exitCode: Int?, duration: Duration) -> ExecResult {
        var stdoutText = stdout.text
        var stderrText = stderr.text
        var startFailure: String?
        let trimmed = stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("OCI runtime exec failed") || trimmed.hasPrefix("OCI runtime exec failure") {
            startFailure = trimmed
            stdoutText = ""
            stderrText = stderrText.isEmpty ? trimmed : stderrText + "\n" + trimmed
        }
        return ExecResult(
            exitCode: exitCode, stdout: stdoutText, stderr: stderrText, timedOut: timedOut,
            stdoutTruncated: stdout.truncated, stderrTruncated: stderr.truncated,
            startFailure: startFailure, duration: duration)
    }
}
