import Foundation
import Testing

@testable import Deploy

/// Where deploy finds the Docker CLI's compose plugin, on real files in a scratch `DOCKER_CONFIG`; and that a
/// runner with a plugin really runs it (a shell script standing in for the plugin records its arguments).
@Suite struct ComposePluginTests {
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("cli-plugins"), withIntermediateDirectories: true)
        return directory
    }

    static func install(_ script: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("cli-plugins/docker-compose").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test func theUsersPluginDirectoryComesFirstAndShipshapeDockerOrExtraDirsKeepDockerCompose() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.install("#!/bin/sh\n", in: directory)
        let environment = ["DOCKER_CONFIG": directory.path, "HOME": "/nonexistent"]
        #expect(ComposePlugin.locate(environment: environment) == path)
        var chosen = environment
        chosen["SHIPSHAPE_DOCKER"] = "/usr/local/bin/my-docker"
        #expect(ComposePlugin.locate(environment: chosen) == nil, "a docker of the user's choice is used as given")
        try #"{"cliPluginsExtraDirs": ["/opt/plugins"]}"#.write(
            to: directory.appendingPathComponent("config.json"), atomically: true, encoding: .utf8)
        #expect(ComposePlugin.locate(environment: environment) == nil, "extra plugin directories: docker decides")
    }

    @Test func aRunnerWithAPluginRunsItWithoutTheComposeWordAndFallsBackToDocker() async throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plugin = try Self.install("#!/bin/sh\necho \"plugin $*\"\n", in: directory)
        let docker = directory.appendingPathComponent("docker").path
        try "#!/bin/sh\necho \"docker $*\"\n".write(toFile: docker, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: docker)

        let runner = ComposeRunner(docker: docker, files: ["compose.yaml"], project: "p", plugin: plugin)
        let direct = try await runner.compose(["config"])
        #expect(direct.stdout == "plugin --project-name p -f compose.yaml config\n")
        // `version` always asks docker (here a script that echoes its arguments instead of a version).
        await #expect {
            _ = try await runner.version()
        } throws: { error in
            "\(error)".contains("printed 'docker compose version --short'")
        }

        let missing = ComposeRunner(
            docker: docker, files: ["compose.yaml"], project: "p", plugin: directory.appendingPathComponent("gone").path
        )
        let fallback = try await missing.compose(["config"])
        #expect(fallback.stdout == "docker compose --project-name p -f compose.yaml config\n")
    }
}
