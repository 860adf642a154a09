import Foundation

/// One deploy or rollback as history shows it.
public struct DeployRecord: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case deploy
        case rollback
    }

    public var id: String
    public var kind: Kind
    public var project: String
    public var revision: String
    /// Git user, `GITHUB_ACTOR`, else the login name.
    public var user: String
    public var host: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var outcome: DeployOutcome
    /// Why it failed, when it did (classified cause and evidence, one line).
    public var cause: String?
    public var services: [ServiceRecord]
    /// The soak period asked for (0: none); recovery needs it to know whether a deploy had finished.
    public var soakMilliseconds: Int

    public init(
        id: String, kind: Kind, project: String, revision: String, user: String, host: String, startedAt: Date,
        finishedAt: Date? = nil, outcome: DeployOutcome = .running, cause: String? = nil,
        services: [ServiceRecord] = [], soakMilliseconds: Int = 0
    ) {
        self.soakMilliseconds = soakMilliseconds
        self.id = id
        self.kind = kind
        self.project = project
        self.revision = revision
        self.user = user
        self.host = host
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.outcome = outcome
        self.cause = cause
        self.services = services
    }

    public var durationMilliseconds: Int? {
        finishedAt.map { Int(($0.timeIntervalSince(startedAt) * 1000).rounded()) }
    }
}
