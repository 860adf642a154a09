import ArgumentParser

/// The flags of `shipshape diagnose`.
struct DiagnoseOptions: ParsableArguments {
    @Option(help: "A compose project: every container with its label, running or stopped.")
    var project: String?

    @Option(
        help:
            "A plan file: targets, public URLs, log-event expectations, smoke tests (default: shipshape.yml if present)."
    )
    var plan: String?

    @Option(
        help:
            "The Docker host: ssh://user@host, tcp://host:port or unix:///path (default: DOCKER_HOST, else the local socket)."
    )
    var host: String?

    @Option(
        help: "The commit that should be running; compared with each image's org.opencontainers.image.revision label.")
    var expectVersion: String?

    @Option(name: .shortAndLong, help: "Report format: text, markdown, json or html.")
    var format: DiagnoseFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file.")
    var output: String?

    @Option(help: "How far back logs are read, e.g. 15m, 2h.")
    var logsSince: String = "15m"

    @Option(help: "Limit for each check, e.g. 5s.")
    var checkTimeout: String = "5s"

    @Option(help: "Colour: auto (only on a terminal), always or never.")
    var color: ColorMode = .auto
}

enum DiagnoseFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, html
}
