import ShipshapeCore

/// Orders problems so that the one most likely to explain the others comes first.
///
/// A container that was OOM-killed explains its failed health endpoint and smoke tests; a health
/// check that calls a missing program explains an "unhealthy" status while the service answers.
/// Within one rank, failures come before warnings and earlier sections first.
enum RootCauseRanker {
    /// Failing and warning checks, most likely root cause first.
    static func rank(_ checks: [DiagnosisCheck]) -> [DiagnosisCheck] {
        let problems = checks.filter { $0.status == .fail || $0.status == .warn }
        return problems.enumerated().sorted { left, right in
            let a = key(left.element), b = key(right.element)
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    private static func key(_ check: DiagnosisCheck) -> (Int, Int, Int) {
        let rank = check.cause?.rank ?? Int.max
        return (check.status == .fail ? 0 : 1, rank, check.section.rawValue)
    }

    /// A `docker …` command aimed at the diagnosed host when it is not the local daemon.
    static func onHost(_ command: String, host: String) -> String {
        guard command.hasPrefix("docker "), host.hasPrefix("ssh://") || host.hasPrefix("tcp://") else { return command }
        return "docker -H \(host) " + command.dropFirst("docker ".count)
    }
}
