import DeployStore
import Foundation

/// `shipshape history`'s result: what runs now (from container labels) and the recorded deploys,
/// newest first, with the ones a killed shipshape left unfinished named.
public struct DeployHistory: Sendable, Codable, Equatable {
    public var project: String
    public var runningNow: [RunningService]
    public var deploys: [DeployRecord]
    /// Ids of recorded deploys still marked running whose shipshape is gone.
    public var interrupted: [String]

    public init(project: String, runningNow: [RunningService], deploys: [DeployRecord], interrupted: [String]) {
        self.project = project
        self.runningNow = runningNow
        self.deploys = deploys
        self.interrupted = interrupted
    }

    /// Deploys marked running that no live lock holder owns: the lock is free, held by another
    /// deploy, or stale.
    public static func interrupted(
        _ records: [DeployRecord], lock: LockHolder?, now: Date = Date(), localHost: String = Identity.host
    ) -> [String] {
        records.filter { record in
            record.outcome == .running
                && (lock?.deployID != record.id || lock?.isStale(now: now, localHost: localHost) == true)
        }.map(\.id)
    }
}
