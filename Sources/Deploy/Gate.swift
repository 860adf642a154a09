import DockerEngine
import Foundation
import Plan
import Probes
import Waiting

/// Runs the wait engine against specific containers: the gate (until the success threshold) and the soak
/// (every round must pass until the soak period ends).
public struct Gate: Sendable {
    let client: any DockerEngineAPI
    let settings: GateSettings

    public init(client: any DockerEngineAPI, settings: GateSettings) {
        self.client = client
        self.settings = settings
    }

    /// Gates each `(service, container)` together; healthy when all are.
    public func check(_ containers: [(service: String, container: String)], restoring: Bool = false) async throws
        -> GateResult
    {
        var targets: [TargetSpec] = []
        for (service, container) in containers {
            targets += Self.named(
                settings.plan(service: service, container: container, restoring: restoring).targets, container,
                replicated: Self.replicated(containers))
        }
        let report = try await WaitEngine(client: client).run(Plan(targets: targets, defaults: settings.defaults))
        return Self.result(report)
    }

    /// Probes every container for its service's soak period; the first round that fails ends it.
    public func soak(_ containers: [(service: String, container: String)]) async throws -> GateResult {
        let start = ContinuousClock.now
        let end = start + .milliseconds(settings.longestSoak(of: containers.map(\.service)))
        var round = settings.defaults
        round.successThreshold = 1
        round.startPeriodMilliseconds = 0
        round.deadlineMilliseconds = max(1000, min(round.attemptTimeoutMilliseconds * 2, 10_000))
        while ContinuousClock.now < end {
            var targets: [TargetSpec] = []
            for (service, container) in containers
            where ContinuousClock.now < start + .milliseconds(settings.soak(of: service)) {
                targets += Self.named(
                    settings.plan(service: service, container: container, timing: round).targets, container,
                    replicated: Self.replicated(containers))
            }
            guard !targets.isEmpty else { break }
            let report = try await WaitEngine(client: client).run(Plan(targets: targets, defaults: round))
            if !report.isHealthy {
                var result = Self.result(report)
                result.elapsedMilliseconds = Self.milliseconds(ContinuousClock.now - start)
                result.cause = "during the soak: " + (result.cause ?? "unhealthy")
                return result
            }
            try await Task.sleep(for: .milliseconds(settings.soakIntervalMilliseconds))
        }
        return GateResult(healthy: true, elapsedMilliseconds: Self.milliseconds(ContinuousClock.now - start))
    }

    /// Services with more than one container in `containers` (replicas).
    static func replicated(_ containers: [(service: String, container: String)]) -> Set<String> {
        Set(Dictionary(grouping: containers, by: \.service).filter { $0.value.count > 1 }.keys)
    }

    /// A replica's target is named after its container too ("web 3f2a9c1d0b4e"), so the report says which failed.
    static func named(_ targets: [TargetSpec], _ container: String, replicated: Set<String>) -> [TargetSpec] {
        targets.map { target in
            guard replicated.contains(target.name) else { return target }
            var named = target
            named.name = "\(target.name) \(container.prefix(12))"
            return named
        }
    }

    static func result(_ report: WaitReport) -> GateResult {
        guard let failed = report.targets.first(where: { $0.status != .healthy }) else {
            return GateResult(healthy: !report.targets.isEmpty, elapsedMilliseconds: report.elapsedMilliseconds)
        }
        let failing = failed.results.first { $0.status != .healthy }
        var parts = ["\(failed.name): \(failed.cause?.rawValue ?? "unhealthy")"]
        if let message = failing?.message { parts.append(message) }
        if let verdict = failed.verdict { parts.append(verdict) }
        return GateResult(
            healthy: false, elapsedMilliseconds: report.elapsedMilliseconds, cause: parts.joined(separator: " — "),
            logTail: Array(failed.logTail.suffix(10)), nextStep: failing?.nextStep ?? failed.cause?.nextStep)
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
