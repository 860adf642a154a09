/// The Docker Engine calls Shipshape makes, one requirement per call.
///
/// `DockerClient` is the implementation that talks to a real daemon; every command's logic takes
/// `any DockerEngineAPI`, so a diagnose section or a deploy step can also have a fast hermetic unit
/// test with an in-memory engine beside its end-to-end test against a real dockerd. Conveniences
/// (default arguments, stat containers) are extensions built on these calls, so both get them.
public protocol DockerEngineAPI: Sendable {
    /// The daemon this engine talks to.
    var host: DockerHost { get }
    /// The limit for ordinary (non-streaming) calls.
    var requestTimeout: Duration { get }

    func ping() async throws -> PingResult
    func info() async throws -> EngineInfo
    func version() async throws -> EngineVersion

    func listContainers(_ filter: ContainerFilter) async throws -> [ContainerSummary]
    func inspectContainer(_ id: String) async throws -> ContainerDetails
    /// Creates a container (never started); returns its id.
    func createContainer(_ options: ContainerCreateOptions, name: String?) async throws -> String
    func startContainer(_ id: String) async throws
    func stopContainer(_ id: String, graceSeconds: Int) async throws
    func killContainer(_ id: String, signal: String) async throws
    func removeContainer(_ id: String, force: Bool) async throws
    func renameContainer(_ id: String, to name: String) async throws
    func inspectImage(_ reference: String) async throws -> ImageDetails

    func logs(of container: String, _ options: LogOptions) async throws -> ContainerLogs
    func exec(in container: String, _ options: ExecOptions) async throws -> ExecResult
    func stats(of container: String) async throws -> ContainerStats
    func events(_ filter: EventFilter) async throws -> DockerEventStream
    /// Stats `path` inside a container's filesystem without exec: nil when it does not exist.
    /// With `confirmContainer`, a missing container throws `containerNotFound` rather than giving nil.
    func statPath(_ path: String, inContainer container: String, confirmContainer: Bool) async throws -> PathStat?
}

extension DockerEngineAPI {
    public func listContainers() async throws -> [ContainerSummary] {
        try await listContainers(ContainerFilter())
    }

    public func createContainer(_ options: ContainerCreateOptions) async throws -> String {
        try await createContainer(options, name: nil)
    }

    /// Stops with SIGTERM, then SIGKILL after 10 s.
    public func stopContainer(_ id: String) async throws {
        try await stopContainer(id, graceSeconds: 10)
    }

    public func killContainer(_ id: String) async throws {
        try await killContainer(id, signal: "SIGKILL")
    }

    /// Removes the container (forced: a running one is killed first) and its anonymous volumes.
    public func removeContainer(_ id: String) async throws {
        try await removeContainer(id, force: true)
    }

    public func logs(of container: String) async throws -> ContainerLogs {
        try await logs(of: container, LogOptions())
    }

    public func events() async throws -> DockerEventStream {
        try await events(EventFilter())
    }

    public func statPath(_ path: String, inContainer container: String) async throws -> PathStat? {
        try await statPath(path, inContainer: container, confirmContainer: true)
    }
}

extension DockerClient: DockerEngineAPI {}
