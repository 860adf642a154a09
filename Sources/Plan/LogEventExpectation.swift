/// What the latest log event of a given name must say (`shipshape diagnose`, "configuration as logged").
///
/// The seed's service logged `rate_limiting_configured storage=redis` while it really used memory;
/// with `event: rate_limiting_configured` and `json: $.storage == "memory"` that line becomes a
/// failed check. Conditions are `Condition.json` values evaluated against the event's JSON fields.
public struct LogEventExpectation: Sendable, Hashable, Codable {
    /// The event name: the `event`, `msg` or `message` field of a JSON log line.
    public var event: String
    /// All must hold for the latest such event; only `.json` conditions apply.
    public var conditions: [Condition]
    /// When true (the default), a log without any such event fails the check.
    public var required: Bool

    public init(event: String, conditions: [Condition], required: Bool = true) {
        self.event = event
        self.conditions = conditions
        self.required = required
    }
}
