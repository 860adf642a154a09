import ArgumentParser
import Deploy
import Plan

/// Which project, and where its deploy state is: shared by `deploy`, `rollback` and `history`.
struct ProjectOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Compose file (repeatable). Default: COMPOSE_FILE, else compose.yaml & co.")
    var file: [String] = []

    @Option(name: .shortAndLong, help: "Compose project name (default: as Docker Compose decides).")
    var project: String?

    @Option(
        help:
            "Deploy state: postgres://user:password@host:port/db, or a SQLite file path (default: $SHIPSHAPE_STATE_DIR/state.sqlite, else ~/.local/state/shipshape/state.sqlite)."
    )
    var state: String?
}

/// Options shared by `deploy` and `rollback`.
struct DeployOptions: ParsableArguments {
    @OptionGroup var location: ProjectOptions

    var file: [String] {
        get { location.file }
        set { location.file = newValue }
    }

    var project: String? {
        get { location.project }
        set { location.project = newValue }
    }

    var state: String? {
        get { location.state }
        set { location.state = newValue }
    }

    @Option(
        help:
            "Plan file whose targets gate the services (default: shipshape.yml if present, else the probes `shipshape init` would write)."
    )
    var plan: String?

    @Option(help: "Revision recorded and set as a label (default: git rev-parse HEAD, -dirty when changed).")
    var revision: String?

    @Option(
        help:
            "Keep probing after cutover for this long; a failure rolls back (0 disables). Default: the plan's deploy: soak, else 30s."
    )
    var soak: String?

    @Option(help: "Consecutive passing probes the gate needs. Default: the plan's deploy: successes, else 3.")
    var successes: Int?

    @Option(help: "Gate deadline per service (default: the plan's timeout, 90s).")
    var timeout: String?

    @Option(help: "Wait this long for another deploy's lock instead of exiting 5.")
    var waitLock: String?

    @Option(help: "A lock older than this is taken over.")
    var lockTtl: String = "30m"

    @Option(help: "Previous containers kept per service for rollback. Default: the plan's deploy: keep, else 3.")
    var keep: Int?

    @Option(
        help:
            "Free space the Docker host's data root must keep after the new images (512M, 2G…), beyond the estimated size of images still to pull or build."
    )
    var minFreeDisk: String = "1G"

    @Option(help: "Seconds a stopped container gets between SIGTERM and SIGKILL.")
    var stopGrace: Int = 10

    @Option(help: "Output: text, json, or github (text plus annotations and a $GITHUB_STEP_SUMMARY table).")
    var format: DeployFormat = .text

    func milliseconds(_ text: String, _ flag: String) throws -> Int {
        guard let value = DurationText.milliseconds(text) else {
            throw ValidationError("\(flag) expects a duration such as 30s, 500ms or 2m, not '\(text)'.")
        }
        return value
    }

    func validate() throws {
        if let successes, !(1...100).contains(successes) { throw ValidationError("--successes expects 1 to 100.") }
        if let keep, keep < 0 { throw ValidationError("--keep expects 0 or more.") }
        guard stopGrace >= 0 else { throw ValidationError("--stop-grace expects 0 or more seconds.") }
        if let soak { _ = try milliseconds(soak, "--soak") }
        guard DiskSpace.bytes(minFreeDisk) != nil else {
            throw ValidationError("--min-free-disk expects a size such as 512M, 2G or 1T, not '\(minFreeDisk)'.")
        }
        _ = try milliseconds(lockTtl, "--lock-ttl")
        if let timeout { _ = try milliseconds(timeout, "--timeout") }
        if let waitLock { _ = try milliseconds(waitLock, "--wait-lock") }
    }
}

enum DeployFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case github
}
