import DockerEngine
import Plan
import ShipshapeCore

/// Runs an exec probe and classifies what the runtime and the program said.
package struct ExecProber: Sendable {
    package let client: any DockerEngineAPI
    package let target: String
    package let container: String
    package let timeoutMilliseconds: Int

    package func run(_ spec: ExecProbeSpec) async -> ProbeRun {
        let check = "exec " + Self.display(spec.command)
        let result: ExecResult
        do {
            result = try await client.exec(
                in: container, ExecOptions(spec.command, timeout: .milliseconds(timeoutMilliseconds)))
        } catch {
            let failure = EngineErrors.classify(error)
            return ProbeRun(
                result: CheckResult(
                    target: target, check: check, status: .unhealthy, cause: failure.cause, message: failure.message))
        }
        // The client already moves dockerd's start failure ("executable file not found") into stderr.
        let stderr = result.stderr.isEmpty ? (result.startFailure ?? "") : result.stderr
        var evidence = [CheckResult.Evidence("exit code", result.exitCode.map(String.init) ?? "none")]
        if !stderr.isEmpty { evidence.append(CheckResult.Evidence("stderr", FailureClassifier.trimmed(stderr))) }
        if !result.stdout.isEmpty {
            evidence.append(CheckResult.Evidence("stdout", FailureClassifier.trimmed(result.stdout)))
        }
        let duration = result.duration.wholeMilliseconds
        guard
            let failure = FailureClassifier.classify(
                exec: result.exitCode, stdout: result.stdout, stderr: stderr, timedOut: result.timedOut,
                command: spec.command, successCodes: spec.successCodes)
        else {
            return ProbeRun(
                result: CheckResult(
                    target: target, check: check, status: .healthy, message: "exit \(result.exitCode ?? 0)",
                    evidence: evidence, durationMilliseconds: duration))
        }
        let checkResult = CheckResult(
            target: target, check: check, status: .unhealthy, cause: failure.cause, message: failure.message,
            evidence: evidence, nextStep: failure.nextStep, durationMilliseconds: duration)
        // A missing program or shell will still be missing on the next attempt.
        return ProbeRun(result: checkResult, fatal: [.probeToolMissing, .noShell].contains(failure.cause))
    }

    /// `wget -q -O- http://…`, or the script of `sh -c`.
    package static func display(_ command: [String]) -> String {
        if command.count >= 3, command[0].hasSuffix("sh"), command[1] == "-c" { return command[2] }
        return command.joined(separator: " ")
    }
}
