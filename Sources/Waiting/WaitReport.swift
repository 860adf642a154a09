/// The result of one `wait`: an outcome per target.
public struct WaitReport: Sendable, Codable {
    public var targets: [TargetOutcome]
    public var elapsedMilliseconds: Int

    /// True when every target is healthy (and there was at least one).
    public var isHealthy: Bool { !targets.isEmpty && targets.allSatisfy { $0.status == .healthy } }

    public init(targets: [TargetOutcome], elapsedMilliseconds: Int) {
        self.targets = targets
        self.elapsedMilliseconds = elapsedMilliseconds
    }
}
