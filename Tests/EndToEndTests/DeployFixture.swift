import Foundation
import TestSupport
import Testing

/// A compose project of its own for one deploy test: busybox images `FROM scratch` (tags good-v1, good-v2,
/// bad, crash), a compose file choosing the tag by `${TAG}`, its own state directory, and teardown that
/// removes every container, network and image it made.
struct DeployFixture {
    let project: String
    let directory: URL
    let imageRepository: String
    let stateDirectory: String
    /// Port published on 127.0.0.1 by the stop-first service.
    let fixedPort: Int

    static let serveScript = """
        #!/bin/sh
        # MODE=good serves /health with VERSION and SHIPSHAPE_REVISION; bad answers 500; crash serves, then exits after CRASH_AFTER s.
        mkdir -p /www
        echo "{\\"status\\":\\"healthy\\",\\"version\\":\\"$VERSION\\",\\"revision\\":\\"$SHIPSHAPE_REVISION\\"}" > /www/health
        case "$MODE" in
          bad)
            printf '#!/bin/sh\\nread line\\nprintf "HTTP/1.0 500 Internal Server Error\\\\r\\\\nContent-Length: 4\\\\r\\\\n\\\\r\\\\nbad\\\\n"\\n' > /respond
            chmod +x /respond
            echo "version $VERSION: database migration failed, answering 500"
            exec nc -ll -p 8080 -e /respond ;;
          crash)
            httpd -p 8080 -h /www
            echo "version $VERSION serving, crashing in ${CRASH_AFTER:-3}s"
            sleep "${CRASH_AFTER:-3}"
            echo "version $VERSION: fatal error, exiting"
            exit 1 ;;
          *)
            echo "version $VERSION serving on 8080"
            exec httpd -f -p 8080 -h /www ;;
        esac

        """

    /// `fixedService` adds a stop-first service `fixed` with container_name and a fixed host port.
    /// `images: false` skips building the images (tests that never get as far as running one).
    /// `replicas` > 1 gives `web` that many containers (`deploy: replicas:`).
    init(_ label: String, fixedService: Bool = false, images: Bool = true, replicas: Int = 1) throws {
        let unique = UUID().uuidString.prefix(8).lowercased()
        project = "ssdeploy-\(label)-\(unique)"
        imageRepository = "ssdeploy-\(unique)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(project)
        stateDirectory = directory.appendingPathComponent("state").path
        fixedPort = Int.random(in: 20_000...40_000)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if images { try Self.buildImages(repository: imageRepository) }
        var compose = """
            name: \(project)
            services:
              web:
                image: \(imageRepository):${TAG:-good-v1}
                pull_policy: never
                expose: ["8080"]
                environment:
                  CRASH_AFTER: ${CRASH_AFTER:-3}

            """
        if replicas > 1 { compose += "    deploy:\n      replicas: \(replicas)\n" }
        if fixedService {
            compose += """
                  fixed:
                    image: \(imageRepository):${FIXED_TAG:-good-v1}
                    pull_policy: never
                    container_name: \(project)-fixed
                    ports: ["127.0.0.1:\(fixedPort):8080"]

                """
        }
        try compose.write(to: directory.appendingPathComponent("compose.yaml"), atomically: true, encoding: .utf8)
    }

    static func buildImages(repository: String) throws {
        let context = FileManager.default.temporaryDirectory.appendingPathComponent("deploy-image-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: context, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: context) }
        try FileManager.default.copyItem(atPath: "/bin/busybox", toPath: context.appendingPathComponent("busybox").path)
        try serveScript.write(to: context.appendingPathComponent("serve"), atomically: true, encoding: .utf8)
        let base = """
            FROM scratch
            COPY busybox /bin/busybox
            RUN ["/bin/busybox", "--install", "-s", "/bin"]
            COPY serve /serve
            RUN ["/bin/chmod", "+x", "/serve"]
            CMD ["/serve"]

            """
        try base.write(to: context.appendingPathComponent("Dockerfile"), atomically: true, encoding: .utf8)
        try HostCommand.run(["docker", "build", "-q", "-t", "\(repository):base", context.path])
        for (tag, mode, version) in [
            ("good-v1", "good", "v1"), ("good-v2", "good", "v2"), ("bad", "bad", "v3"), ("crash", "crash", "v4"),
        ] {
            let dockerfile = "FROM \(repository):base\nENV MODE=\(mode) VERSION=\(version)\n"
            let derived = context.appendingPathComponent(tag)
            try FileManager.default.createDirectory(at: derived, withIntermediateDirectories: true)
            try dockerfile.write(to: derived.appendingPathComponent("Dockerfile"), atomically: true, encoding: .utf8)
            try HostCommand.run(["docker", "build", "-q", "-t", "\(repository):\(tag)", derived.path])
        }
    }

    /// A plan that gates `web` on HTTP `/health` at 8080, followed by `rest` (a `deploy:` or `notify:` section).
    static func webPlan(_ rest: String) -> String {
        "version: 1\ntargets:\n  web:\n    service: web\n    http: {port: 8080, path: /health}\n" + rest
    }

    /// Writes the compose file `name` of this project with one service, `web` (the image by `${TAG}`), and
    /// `settings` (YAML lines at the service's level, e.g. `ports: [...]`).
    func writeCompose(_ name: String, web settings: [String]) throws {
        let lines =
            [
                "name: \(project)", "services:", "  web:", "    image: \(imageRepository):${TAG:-good-v1}",
                "    pull_policy: never",
            ]
            + settings.map { "    " + $0 }
        try (lines.joined(separator: "\n") + "\n").write(
            to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Runs `shipshape ARGS` in the project directory with the fixture's state and `TAG`.
    func shipshape(
        _ arguments: [String], tag: String = "good-v1", extra: [String: String] = [:], timeout: TimeInterval = 90
    )
        throws -> ShipshapeProcess.Result
    {
        var environment = ["SHIPSHAPE_STATE_DIR": stateDirectory, "TAG": tag]
        environment.merge(extra) { _, new in new }
        return try ShipshapeProcess.run(arguments, in: directory.path, timeout: timeout, environment: environment)
    }

    /// Starts `shipshape ARGS` in the background (for kill -9, signal and lock tests); `output` receives its
    /// stdout and stderr.
    func startShipshape(_ arguments: [String], tag: String, extra: [String: String] = [:], output: URL? = nil) throws
        -> Process
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ShipshapeProcess.binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SHIPSHAPE_STATE_DIR"] = stateDirectory
        environment["TAG"] = tag
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        if let output {
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let handle = try FileHandle(forWritingTo: output)
            process.standardOutput = handle
            process.standardError = handle
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// The newest deploys in history (JSON), newest first: (revision, outcome, cause).
    func history() throws -> [(revision: String, outcome: String, cause: String)] {
        let result = try shipshape(["history", "--format", "json"])
        guard let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            return []
        }
        return (document["deploys"] as? [[String: Any]] ?? []).map {
            ($0["revision"] as? String ?? "", $0["outcome"] as? String ?? "", $0["cause"] as? String ?? "")
        }
    }

    /// `docker ps` rows of this project: (id, name, state, labels of interest).
    func containers(all: Bool = true) throws -> [(
        id: String, name: String, state: String, deploy: String, revision: String
    )] {
        var arguments = ["docker", "ps", "--no-trunc", "--filter", "label=com.docker.compose.project=\(project)"]
        if all { arguments.append("-a") }
        arguments += [
            "--format",
            "{{.ID}}|{{.Names}}|{{.State}}|{{.Label \"io.shipshape.deploy\"}}|{{.Label \"io.shipshape.revision\"}}",
        ]
        return try HostCommand.run(arguments).split(separator: "\n").map { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            return (parts[0], parts[1], parts[2], parts.count > 3 ? parts[3] : "", parts.count > 4 ? parts[4] : "")
        }
    }

    func running() throws -> [(id: String, name: String, state: String, deploy: String, revision: String)] {
        try containers(all: false)
    }

    func ipAddress(_ container: String) throws -> String {
        try HostCommand.run([
            "docker", "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", container,
        ])
    }

    /// One GET with curl (the host's static busybox wget crashes here); the body, or nil when it failed.
    static func get(_ url: String) -> String? {
        guard let result = try? HostProcess.run(["curl", "-fsS", "-m", "2", url], timeout: 5),
            result.status == 0
        else { return nil }
        return result.stdout
    }

    /// Removes the project's containers, network, lock and images.
    func tearDown() {
        _ = try? HostProcess.run(
            [
                "docker", "compose", "--project-name", project, "-f", "compose.yaml", "down", "-t", "0",
                "--remove-orphans",
            ],
            in: directory.path)
        if let ids = try? HostCommand.run([
            "docker", "ps", "-aq", "--filter", "label=com.docker.compose.project=\(project)",
        ]),
            !ids.isEmpty
        {
            _ = try? HostProcess.run(["docker", "rm", "-f"] + ids.split(separator: "\n").map(String.init))
        }
        _ = try? HostProcess.run(["docker", "rm", "-f", "shipshape-lock-\(project)"])
        _ = try? HostProcess.run(["docker", "network", "rm", "\(project)_default"])
        ScratchImage.remove(["base", "good-v1", "good-v2", "bad", "crash"].map { "\(imageRepository):\($0)" })
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Polls a URL from a background process (busybox wget every 100 ms) and counts answers and failures.
struct Poller {
    let process: Process
    let output: URL

    static func start(_ url: String) throws -> Poller {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("poll-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c",
            "while :; do if curl -fsS -m 2 \"$0\" >/dev/null 2>&1; then echo ok; else echo fail; fi; sleep 0.1; done",
            url,
        ]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        return Poller(process: process, output: output)
    }

    /// Stops polling; returns (ok, failed) counts.
    func stop() -> (ok: Int, failed: Int) {
        process.terminate()
        process.waitUntilExit()
        let lines = ((try? String(contentsOf: output, encoding: .utf8)) ?? "").split(separator: "\n")
        try? FileManager.default.removeItem(at: output)
        return (lines.filter { $0 == "ok" }.count, lines.filter { $0 == "fail" }.count)
    }
}
