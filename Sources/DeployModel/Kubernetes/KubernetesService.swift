import ShipshapeCore

/// A core `v1` Service.
public struct KubernetesService: Sendable, Hashable {
    public var name: Located<String>?
    public var namespace: String?
    /// `spec.type` (`ClusterIP` when not written).
    public var type: String
    /// `spec.selector`; empty for a Service without one (its endpoints are managed by hand).
    public var selector: [String: String]
    public var ports: [KubernetesServicePort]
    /// Where the object's `kind:` is written.
    public var location: SourceLocation
    /// True for `clusterIP: None`: no proxy forwards to `targetPort`; clients reach the pods directly
    /// (StatefulSet peers), so its ports are DNS records rather than forwarding rules.
    public var isHeadless: Bool

    public init(
        name: Located<String>?, namespace: String?, type: String, selector: [String: String],
        ports: [KubernetesServicePort], location: SourceLocation, isHeadless: Bool = false
    ) {
        self.isHeadless = isHeadless
        self.name = name
        self.namespace = namespace
        self.type = type
        self.selector = selector
        self.ports = ports
        self.location = location
    }
}

/// A `spec.ports` entry of a Service.
public struct KubernetesServicePort: Sendable, Hashable {
    public var name: String?
    public var port: Located<Int>?
    /// nil when not written: the target is then `port`.
    public var targetPort: Located<KubernetesPortReference>?
    public var location: SourceLocation

    public init(
        name: String?, port: Located<Int>?, targetPort: Located<KubernetesPortReference>?, location: SourceLocation
    ) {
        self.name = name
        self.port = port
        self.targetPort = targetPort
        self.location = location
    }
}
