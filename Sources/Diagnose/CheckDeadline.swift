import ShipshapeCore

/// Bounds one unit of checking: past the deadline it is cancelled and reported as timed out.
enum CheckDeadline {
    static func run(
        section: DiagnosisSection, subject: String, name: String, milliseconds: Int,
        _ work: @escaping @Sendable () async -> [DiagnosisCheck]
    ) async -> [DiagnosisCheck] {
        let started = ContinuousClock.now
        // `work` cannot throw, so nil means the time limit passed first.
        if let result = (try? await TimeLimit.run(.milliseconds(max(1, milliseconds)), work)) ?? nil {
            return result
        }
        let elapsed = ContinuousClock.now - started
        return [
            DiagnosisCheck(
                section: section, subject: subject, name: name, status: .fail, cause: .timeout,
                message: "did not finish within \(milliseconds) ms",
                nextStep: "the Docker host or the service is slow to answer; run again, or raise --check-timeout",
                durationMilliseconds: Int(elapsed.components.seconds * 1000))
        ]
    }
}
