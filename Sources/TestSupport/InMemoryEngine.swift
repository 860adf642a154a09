import DockerEngine
import Foundation

/// A Docker Engine held in memory, for fast hermetic unit tests of logic that takes
/// `any DockerEngineAPI` (deploy steps, diagnose sections). It is a fake: every test that uses it
/// says so, and the same behaviour has an end-to-end test against a real dockerd.
///
/// It models what those tests need, as dockerd does it: containers by id or name (a taken name is
/// a 409), labels and status filters, forced removal, renames, start/stop state, and each
/// container's files for `statPath`. Calls it does not model throw `notModelled`, never a guess.
public actor InMemoryEngine: DockerEngineAPI {
    public nonisolated let host = DockerHost.unix(path: "/in-memory/docker.sock")
    public nonisolated let requestTimeout: Duration = .seconds(10)

    struct Container {
        var id: String
        var name: String
        var image: String
        var imageID: String
        var labels: [String: String]
        var env: [String]
        var status: String
        var files: [String: PathStat]
        var healthcheck: [String]?
    }

    private var containers: [Container] = []
    private var images: [String: String] = [:]
    private var counter = 0
    /// Every mutating call, in order ("create NAME", "start ID", "remove ID"…), for assertions.
    public private(set) var calls: [String] = []

    public init() {}

    public static let notModelled = DockerEngineError.invalidResponse("not modelled by InMemoryEngine")

    /// Adds an image (reference → id) that `createContainer` and `inspectImage` accept.
    public func addImage(_ reference: String, id: String? = nil) {
        images[reference] = id ?? String(format: "sha256:%064x", 0xABC000 + images.count)
    }

    /// Adds a container as if compose had created it; returns its id.
    @discardableResult
    public func addContainer(
        name: String, image: String, labels: [String: String] = [:], env: [String] = [], status: String = "running",
        files: [String] = [], healthcheck: [String]? = nil
    ) -> String {
        if images[image] == nil { addImage(image) }
        counter += 1
        let id = String(format: "%064x", counter)
        containers.append(
            Container(
                id: id, name: name, image: image, imageID: images[image] ?? image, labels: labels, env: env,
                status: status,
                files: Dictionary(
                    files.map {
                        ($0, PathStat(name: ($0 as NSString).lastPathComponent, size: 1, mode: 0o755, linkTarget: ""))
                    },
                    uniquingKeysWith: { first, _ in first }),
                healthcheck: healthcheck))
        return id
    }

    private func index(of reference: String) -> Int? {
        containers.firstIndex {
            $0.id == reference || $0.name == reference || $0.id.hasPrefix(reference) && reference.count >= 12
        }
    }

    private func container(_ reference: String) throws -> Container {
        guard let index = index(of: reference) else { throw DockerEngineError.containerNotFound(reference) }
        return containers[index]
    }

    // MARK: DockerEngineAPI

    public func ping() async throws -> PingResult { throw Self.notModelled }
    public func info() async throws -> EngineInfo { throw Self.notModelled }
    public func version() async throws -> EngineVersion { throw Self.notModelled }

    public func listContainers(_ filter: ContainerFilter) async throws -> [ContainerSummary] {
        var wantedLabels = filter.labels
        if let project = filter.composeProject { wantedLabels.append("com.docker.compose.project=\(project)") }
        if let service = filter.composeService { wantedLabels.append("com.docker.compose.service=\(service)") }
        let statuses = filter.statuses.isEmpty ? (filter.all ? [] : ["running"]) : filter.statuses
        return try containers.filter { container in
            wantedLabels.allSatisfy { term in
                let parts = term.split(separator: "=", maxSplits: 1).map(String.init)
                return parts.count == 2 ? container.labels[parts[0]] == parts[1] : container.labels[parts[0]] != nil
            } && (statuses.isEmpty || statuses.contains(container.status))
                && (filter.name.map { container.name.contains($0) } ?? true)
        }.map { container in
            try Self.decode(
                ContainerSummary.self,
                [
                    "Id": container.id, "Names": ["/" + container.name], "Image": container.image,
                    "ImageID": container.imageID, "State": container.status, "Status": container.status,
                    "Labels": container.labels,
                ])
        }
    }

    public func inspectContainer(_ id: String) async throws -> ContainerDetails {
        let container = try container(id)
        let running = container.status == "running"
        return try Self.decode(
            ContainerDetails.self,
            [
                "Id": container.id, "Name": "/" + container.name, "Image": container.imageID, "RestartCount": 0,
                "State": [
                    "Status": container.status, "Running": running, "Restarting": false, "OOMKilled": false,
                    "ExitCode": 0, "StartedAt": running ? "2026-12-07T04:00:00Z" : "0001-01-01T00:00:00Z",
                    "FinishedAt": "0001-01-01T00:00:00Z", "Pid": running ? 4242 : 0,
                ] as [String: Any],
                "Config": [
                    "Image": container.image, "Labels": container.labels, "Env": container.env,
                    "Healthcheck": container.healthcheck.map { ["Test": $0] as Any } ?? NSNull(),
                ] as [String: Any],
            ])
    }

    public func createContainer(_ options: ContainerCreateOptions, name: String?) async throws -> String {
        guard let imageID = images[options.image] else { throw DockerEngineError.imageNotFound(options.image) }
        counter += 1
        let id = String(format: "%064x", counter)
        let name = name ?? "container-\(counter)"
        if index(of: name) != nil {
            throw DockerEngineError.apiError(
                status: 409, message: "Conflict. The container name \"/\(name)\" is already in use")
        }
        calls.append("create \(name)")
        containers.append(
            Container(
                id: id, name: name, image: options.image, imageID: imageID, labels: options.labels ?? [:],
                env: options.env ?? [], status: "created", files: [:],
                healthcheck: options.healthcheck?.test))
        return id
    }

    public func startContainer(_ id: String) async throws {
        try setStatus(id, "running", call: "start")
    }

    public func stopContainer(_ id: String, graceSeconds: Int) async throws {
        try setStatus(id, "exited", call: "stop")
    }

    public func killContainer(_ id: String, signal: String) async throws {
        try setStatus(id, "exited", call: "kill")
    }

    private func setStatus(_ reference: String, _ status: String, call: String) throws {
        guard let index = index(of: reference) else { throw DockerEngineError.containerNotFound(reference) }
        calls.append("\(call) \(containers[index].name)")
        containers[index].status = status
    }

    public func removeContainer(_ id: String, force: Bool) async throws {
        guard let index = index(of: id) else { throw DockerEngineError.containerNotFound(id) }
        if containers[index].status == "running", !force {
            throw DockerEngineError.apiError(status: 409, message: "cannot remove a running container")
        }
        calls.append("remove \(containers[index].name)")
        containers.remove(at: index)
    }

    public func renameContainer(_ id: String, to name: String) async throws {
        guard let index = index(of: id) else { throw DockerEngineError.containerNotFound(id) }
        if containers.contains(where: { $0.name == name }) {
            throw DockerEngineError.apiError(status: 409, message: "Conflict. The name \"/\(name)\" is already in use")
        }
        calls.append("rename \(containers[index].name) \(name)")
        containers[index].name = name
    }

    public func inspectImage(_ reference: String) async throws -> ImageDetails { throw Self.notModelled }
    public func logs(of container: String, _ options: LogOptions) async throws -> ContainerLogs {
        throw Self.notModelled
    }
    public func exec(in container: String, _ options: ExecOptions) async throws -> ExecResult { throw Self.notModelled }
    public func stats(of container: String) async throws -> ContainerStats { throw Self.notModelled }
    public func events(_ filter: EventFilter) async throws -> DockerEventStream { throw Self.notModelled }

    public func statPath(_ path: String, inContainer container: String, confirmContainer: Bool) async throws
        -> PathStat?
    {
        guard let index = index(of: container) else {
            if confirmContainer { throw DockerEngineError.containerNotFound(container) }
            return nil
        }
        return containers[index].files[path]
    }

    /// Decodes a model from the JSON dockerd would send (keys as in the Engine API).
    static func decode<T: Decodable>(_ type: T.Type, _ object: [String: Any]) throws -> T {
        try JSONDecoder().decode(type, from: try JSONSerialization.data(withJSONObject: object))
    }
}
