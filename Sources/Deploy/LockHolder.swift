import DockerEngine
import Foundation

/// Who holds a project's deploy lock, read from the lock container's labels.
public struct LockHolder: Sendable, Equatable, Codable {
    public var user: String
    public var host: String
    public var pid: Int32
    public var revision: String
    public var deployID: String
    public var since: Date
    public var expires: Date

    public init(
        user: String, host: String, pid: Int32, revision: String, deployID: String, since: Date, expires: Date
    ) {
        self.user = user
        self.host = host
        self.pid = pid
        self.revision = revision
        self.deployID = deployID
        self.since = since
        self.expires = expires
    }

    public var summary: String {
        "\(user)@\(host) (pid \(pid)), deploy \(deployID) of revision \(revision), since "
            + "\(Self.format(since)), expires \(Self.format(expires))"
    }

    var labels: [String: String] {
        OutsideCompose.labels.merging([
            DeployLabels.lock: "1", DeployLabels.lockUser: user, DeployLabels.lockHost: host,
            DeployLabels.lockPID: String(pid), DeployLabels.lockRevision: revision, DeployLabels.lockDeploy: deployID,
            DeployLabels.lockSince: Self.format(since), DeployLabels.lockExpires: Self.format(expires),
        ]) { _, own in own }
    }

    init?(labels: [String: String]) {
        guard let user = labels[DeployLabels.lockUser], let host = labels[DeployLabels.lockHost],
            let deploy = labels[DeployLabels.lockDeploy],
            let since = labels[DeployLabels.lockSince].flatMap(Self.parse),
            let expires = labels[DeployLabels.lockExpires].flatMap(Self.parse)
        else { return nil }
        self.init(
            user: user, host: host, pid: labels[DeployLabels.lockPID].flatMap { Int32($0) } ?? 0,
            revision: labels[DeployLabels.lockRevision] ?? "unknown", deployID: deploy, since: since,
            expires: expires)
    }

    /// Expired, or held by a process of this host that no longer exists (killed).
    public func isStale(now: Date, localHost: String) -> Bool {
        if expires < now { return true }
        return host == localHost && pid > 0 && kill(pid, 0) != 0 && errno == ESRCH
    }

    static func format(_ date: Date) -> String { date.formatted(.iso8601) }
    static func parse(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
}
