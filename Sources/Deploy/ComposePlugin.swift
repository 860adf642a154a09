import Foundation

/// Where the Docker CLI finds its `docker-compose` plugin, so that deploy can run that same program directly
/// (`docker-compose --project-name P -f F config`, as its standalone install runs it) instead of through
/// `docker compose`. The `docker` front end adds a process start of its own and a run of the plugin's
/// metadata command before each call (≈ 60 ms per compose call on an idle host, more under load).
public enum ComposePlugin {
    /// The directories the Docker CLI searches on Linux, in its order: the user's, then the system's.
    static func directories(environment: [String: String]) -> [String] {
        var user: [String] = []
        if let config = environment["DOCKER_CONFIG"], !config.isEmpty {
            user.append(config + "/cli-plugins")
        } else if let home = environment["HOME"], !home.isEmpty {
            user.append(home + "/.docker/cli-plugins")
        }
        return user + [
            "/usr/local/lib/docker/cli-plugins", "/usr/local/libexec/docker/cli-plugins",
            "/usr/lib/docker/cli-plugins", "/usr/libexec/docker/cli-plugins",
        ]
    }

    /// The path of the `docker-compose` plugin the Docker CLI would run, or nil when deploy should keep going
    /// through `docker compose`: a `docker` of the user's choice (`$SHIPSHAPE_DOCKER`), a CLI configuration
    /// with `cliPluginsExtraDirs` (searched before the system directories, and not read here), or no plugin
    /// in the CLI's directories.
    public static func locate(environment: [String: String]) -> String? {
        if let docker = environment["SHIPSHAPE_DOCKER"], !docker.isEmpty { return nil }
        let manager = FileManager.default
        let configDirectory =
            environment["DOCKER_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.docker" }
        if let configDirectory,
            let text = try? String(contentsOfFile: configDirectory + "/config.json", encoding: .utf8),
            text.contains("cliPluginsExtraDirs")
        {
            return nil
        }
        for directory in directories(environment: environment) {
            let path = directory + "/docker-compose"
            if manager.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
