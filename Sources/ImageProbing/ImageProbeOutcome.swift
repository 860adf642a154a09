import ShipshapeCore

/// What `ImageProber` learned: the images it could look into, and why it could not look into the others.
public struct ImageProbeOutcome: Sendable {
    public var observed: [ObservedImage]
    /// Reference → why it was not probed (`not present on this Docker host`).
    public var skipped: [String: String]
    /// How many observations came from the cache.
    public var cacheHits: Int

    public init(observed: [ObservedImage] = [], skipped: [String: String] = [:], cacheHits: Int = 0) {
        self.observed = observed
        self.skipped = skipped
        self.cacheHits = cacheHits
    }
}
