import Plan

/// Comments `PlanWriter` places next to a target, so a drafted plan says what to confirm.
public struct TargetNote: Sendable, Hashable {
    /// Lines written above the target's name.
    public var comments: [String]
    /// Written after the first HTTP probe's `path:` (`TODO: confirm the health path`).
    public var pathComment: String?

    public init(comments: [String] = [], pathComment: String? = nil) {
        self.comments = comments
        self.pathComment = pathComment
    }
}

/// A plan drafted from compose files, with the notes for its targets.
public struct PlanDraft: Sendable, Hashable {
    public var plan: Plan
    /// Keyed by target name.
    public var notes: [String: TargetNote]

    public init(plan: Plan, notes: [String: TargetNote] = [:]) {
        self.plan = plan
        self.notes = notes
    }
}
