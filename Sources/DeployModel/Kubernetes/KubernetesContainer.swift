import ShipshapeCore

/// One container of a pod template.
public struct KubernetesContainer: Sendable, Hashable {
    public var name: Located<String>?
    public var image: Located<String>?
    /// `command:` items (the entrypoint), each positioned in the file.
    public var command: [EmbeddedText]
    /// `args:` items.
    public var args: [EmbeddedText]
    public var ports: [KubernetesContainerPort]
    /// Where the `ports:` key is written, when it is.
    public var portsLocation: SourceLocation?
    /// `env:` entries with a literal `value` (`valueFrom` entries are left out).
    public var env: [KubernetesEnvVar]
    /// Liveness, readiness and startup probes, in that order.
    public var probes: [KubernetesProbe]
    /// `lifecycle.postStart` / `lifecycle.preStop` hooks that run a command in the container.
    public var hooks: [KubernetesHook]
    /// Where the container's list item starts.
    public var location: SourceLocation

    public init(
        name: Located<String>?, image: Located<String>?, command: [EmbeddedText] = [], args: [EmbeddedText] = [],
        ports: [KubernetesContainerPort] = [], portsLocation: SourceLocation? = nil, env: [KubernetesEnvVar] = [],
        probes: [KubernetesProbe] = [], hooks: [KubernetesHook] = [], location: SourceLocation
    ) {
        self.name = name
        self.image = image
        self.command = command
        self.args = args
        self.ports = ports
        self.portsLocation = portsLocation
        self.env = env
        self.probes = probes
        self.hooks = hooks
        self.location = location
    }
}

/// A `ports:` entry of a container.
public struct KubernetesContainerPort: Sendable, Hashable {
    public var containerPort: Located<Int>?
    public var name: Located<String>?
    /// `TCP` unless written otherwise.
    public var proto: String

    public init(containerPort: Located<Int>?, name: Located<String>?, proto: String = "TCP") {
        self.containerPort = containerPort
        self.name = name
        self.proto = proto
    }
}

/// An `env:` entry with a literal value.
public struct KubernetesEnvVar: Sendable, Hashable {
    public var name: String
    public var value: EmbeddedText
    /// Where `name:` is written.
    public var location: SourceLocation

    public init(name: String, value: EmbeddedText, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// A liveness, readiness or startup probe.
public struct KubernetesProbe: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case liveness = "livenessProbe"
        case readiness = "readinessProbe"
        case startup = "startupProbe"
    }

    public enum Action: Sendable, Hashable {
        /// `exec.command`: run inside the container, without a shell.
        case exec([EmbeddedText])
        /// `httpGet`; `host` set means the probe goes elsewhere than the pod.
        case httpGet(port: Located<KubernetesPortReference>?, path: Located<String>?, host: String?)
        case tcpSocket(port: Located<KubernetesPortReference>?, host: String?)
        case grpc(port: Located<KubernetesPortReference>?)
    }

    public var kind: Kind
    public var action: Action
    /// Where the probe's key (`livenessProbe:`) is written.
    public var location: SourceLocation

    public init(kind: Kind, action: Action, location: SourceLocation) {
        self.kind = kind
        self.action = action
        self.location = location
    }

    /// The port of an `httpGet`, `tcpSocket` or `grpc` probe aimed at the pod itself.
    public var podPort: Located<KubernetesPortReference>? {
        switch action {
        case .exec: nil
        case .httpGet(let port, _, let host), .tcpSocket(let port, let host): host == nil ? port : nil
        case .grpc(let port): port
        }
    }
}

/// A `lifecycle` hook with an `exec` handler: run in the container, without a shell.
public struct KubernetesHook: Sendable, Hashable {
    /// `postStart` or `preStop`.
    public var name: String
    public var command: [EmbeddedText]
    /// Where the hook's key is written.
    public var location: SourceLocation

    public init(name: String, command: [EmbeddedText], location: SourceLocation) {
        self.name = name
        self.command = command
        self.location = location
    }
}
