import Foundation

/// One line of a deploy's journal: a step about to run (`begun`) or its result (`done` / `failed`).
///
/// A step is journaled as begun *before* its side effect happens, so a process killed at any point leaves
/// a journal that says which effects may have happened.
public struct JournalEntry: Sendable, Codable, Equatable {
    public enum Phase: String, Sendable, Codable {
        case begun
        case done
        case failed
    }

    public var deployID: String
    /// Order within the deploy, from 1.
    public var sequence: Int
    /// The step as the state machine encodes it (`create-new web`, `gate-new web`, …).
    public var step: String
    public var phase: Phase
    /// What the step produced or why it failed (a container id, a cause).
    public var detail: String?
    public var at: Date

    public init(deployID: String, sequence: Int, step: String, phase: Phase, detail: String? = nil, at: Date) {
        self.deployID = deployID
        self.sequence = sequence
        self.step = step
        self.phase = phase
        self.detail = detail
        self.at = at
    }
}
