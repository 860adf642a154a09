import ArgumentParser

/// The flags of `shipshape wait`.
struct WaitOptions: ParsableArguments {
    @Option(help: "A compose service to wait for (by its compose labels).")
    var service: [String] = []

    @Option(help: "A compose project: every service with a healthcheck or a port.")
    var project: String?

    @Option(help: "A plan file (default: shipshape.yml when no target is given).")
    var plan: String?

    @Option(help: "HTTP probe: ':PORT/PATH' (a container port) or an absolute URL.")
    var http: [String] = []

    @Option(help: "TCP probe on a container port: 5432 or :5432.")
    var tcp: [String] = []

    @Option(help: "Command run inside the container (last resort; depends on the image).")
    var exec: String?

    @Flag(help: "Use the container's own Docker healthcheck status.")
    var dockerHealth = false

    @Option(help: "A condition on the HTTP response, e.g. 'status: 200-299', 'json: $.status == \"ok\"'.")
    var expect: [String] = []

    @Option(help: "The version or commit that must be running.")
    var expectVersion: String?

    @Option(help: "JSON fields holding the version (default: version, commit, git_sha, sha).")
    var versionField: [String] = []

    @Option(help: "A local image tag the container must be running (catches containers not recreated).")
    var expectImage: String?

    @Option(help: "Overall deadline, e.g. 90s, 2m.")
    var timeout: String?

    @Option(help: "Limit for each attempt.")
    var attemptTimeout: String?

    @Option(help: "First pause between attempts; grows with backoff.")
    var interval: String?

    @Option(help: "Longest pause between attempts (default 250ms): bounds how late a recovery is seen.")
    var maxInterval: String?

    @Option(help: "Failures during this initial period are not final.")
    var startPeriod: String?

    @Option(help: "Consecutive successes needed.")
    var successes: Int?

    @Option(
        help:
            "How long a container with nothing to probe must be up before it counts (default 5s; three times as long after restarts)."
    )
    var stableFor: String?

    @Option(name: .shortAndLong, help: "Final report format: text, json or junit.")
    var format: WaitFormat = .text

    @Option(name: .shortAndLong, help: "Write the final report to this file.")
    var output: String?

    @Option(help: "Colour and live lines: auto (only on a terminal), always or never.")
    var color: ColorMode = .auto
}

enum WaitFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, junit
}
