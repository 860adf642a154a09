import Foundation

/// Docker Compose v2 driven as a program: `docker compose --project-name P -f F … <command>`.
/// Compose decides compose semantics (merging, interpolation, naming, networks); everything else goes
/// through the Engine client.
public struct ComposeRunner: Sendable {
    /// `docker` (or `$SHIPSHAPE_DOCKER`).
    public var docker: String
    public var files: [String]
    public var project: String?
    public var directory: String?
    /// The Docker CLI's `docker-compose` plugin (`ComposePlugin.locate`): config, build, pull and create run it
    /// directly, the same program without the `docker` front end. nil runs `docker compose`. `version` and
    /// the `pre-cutover` one-off (`run`, whose signal handling is the front end's) always go through `docker`.
    public var plugin: String?

    public init(
        docker: String = "docker", files: [String], project: String?, directory: String? = nil, plugin: String? = nil
    ) {
        self.docker = docker
        self.files = files
        self.project = project
        self.directory = directory
        self.plugin = plugin
    }

    var baseArguments: [String] {
        ["compose"] + projectArguments
    }

    /// `--project-name P -f F …`, the arguments of every compose command.
    var projectArguments: [String] {
        var arguments: [String] = []
        if let project { arguments += ["--project-name", project] }
        for file in files { arguments += ["-f", file] }
        return arguments
    }

    /// `docker compose version --short`; throws `composeMissing` with what went wrong.
    public func version() async throws -> String {
        let result: CommandRunner.Result
        do {
            result = try await CommandRunner.run(docker, ["compose", "version", "--short"], directory: directory)
        } catch {
            throw DeployError.composeMissing("cannot run '\(docker)': \(error.localizedDescription)")
        }
        let text = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard result.status == 0, let major = text.trimmingCharacters(in: ["v"]).split(separator: ".").first,
            let number = Int(major), number >= 2
        else {
            let why = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            throw DeployError.composeMissing(
                "'\(docker) compose version' \(result.status == 0 ? "printed '\(text)'" : "failed: \(why)") — "
                    + "install the Docker Compose v2 CLI plugin")
        }
        return text
    }

    /// The resolved project (`config --format json`).
    public func config() async throws -> ComposeConfig {
        let result = try await compose(["config", "--format", "json"])
        guard result.status == 0 else {
            throw DeployError.composeConfigInvalid(Self.lastLines(result.stderr))
        }
        return try ComposeConfig.parse(json: Data(result.stdout.utf8))
    }

    public func build(_ services: [String]) async throws {
        let result = try await compose(["build"] + services)
        guard result.status == 0 else {
            throw DeployError.preflight("docker compose build failed: \(Self.lastLines(result.stderr))")
        }
    }

    public func pull(_ services: [String]) async throws {
        let result = try await compose(["pull"] + services)
        guard result.status == 0 else {
            throw DeployError.preflight("docker compose pull failed: \(Self.lastLines(result.stderr))")
        }
    }

    /// Creates (does not start) one more container of `service` with the current config plus `override`.
    /// `replicas` is the number of containers the service will have, old ones included.
    public func createReplica(service: String, replicas: Int, override: String) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shipshape-override-\(UUID().uuidString).yml"
        ).path
        try override.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try await compose(
            [
                "-f", path, "up", "--no-start", "--no-deps", "--no-recreate", "--no-build", "--pull", "never",
                "--scale", "\(service)=\(replicas)", service,
            ])
        guard result.status == 0 else {
            throw ComposeFailure(message: "docker compose up --no-start \(service): \(Self.lastLines(result.stderr))")
        }
    }

    /// `docker compose run --rm --no-deps -T` of `command` in a one-off container of `service` (its current
    /// configuration: the new image), with `labels` and `environment`, stopped at `timeoutMilliseconds`.
    public func runOneOff(
        service: String, command: [String], timeoutMilliseconds: Int, labels: [String: String],
        environment: [String: String]
    ) async throws -> CommandRunner.Result {
        var arguments = ["run", "--rm", "--no-deps", "-T"]
        for (key, value) in labels.sorted(by: { $0.key < $1.key }) { arguments += ["--label", "\(key)=\(value)"] }
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        do {
            return try await CommandRunner.run(
                docker, baseArguments + arguments + [service] + command, directory: directory,
                timeoutMilliseconds: timeoutMilliseconds)
        } catch {
            throw DeployError.composeMissing("cannot run '\(docker)': \(error.localizedDescription)")
        }
    }

    func compose(_ arguments: [String]) async throws -> CommandRunner.Result {
        if let plugin,
            let result = try? await CommandRunner.run(plugin, projectArguments + arguments, directory: directory)
        {
            return result
        }
        do {
            return try await CommandRunner.run(docker, baseArguments + arguments, directory: directory)
        } catch {
            throw DeployError.composeMissing("cannot run '\(docker)': \(error.localizedDescription)")
        }
    }

    static func lastLines(_ text: String, count: Int = 5) -> String {
        text.split(separator: "\n").suffix(count).joined(separator: " | ")
    }
}

/// A compose command failed during the deploy (not preflight): the step fails and the deploy rolls back.
public struct ComposeFailure: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
