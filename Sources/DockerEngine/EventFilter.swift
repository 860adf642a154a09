/// Selects events on the `GET /events` stream (`filters`, `since`, `until`).
public struct EventFilter: Sendable, Equatable {
    /// `type=` terms: "container", "image", …
    public var types: [String]
    /// `event=` terms: "start", "die", "health_status", …
    public var events: [String]
    /// `container=` terms (id or name).
    public var containers: [String]
    /// `label=` terms, `key` or `key=value`.
    public var labels: [String]
    /// Replay events from this Unix time (seconds) before streaming live ones.
    public var since: Double?
    /// Stop the stream at this Unix time; nil streams until cancelled.
    public var until: Double?

    public init(
        types: [String] = [], events: [String] = [], containers: [String] = [], labels: [String] = [],
        since: Double? = nil, until: Double? = nil
    ) {
        self.types = types
        self.events = events
        self.containers = containers
        self.labels = labels
        self.since = since
        self.until = until
    }

    var filtersJSON: [String: [String]] {
        var result: [String: [String]] = [:]
        if !types.isEmpty { result["type"] = types }
        if !events.isEmpty { result["event"] = events }
        if !containers.isEmpty { result["container"] = containers }
        if !labels.isEmpty { result["label"] = labels }
        return result
    }
}
