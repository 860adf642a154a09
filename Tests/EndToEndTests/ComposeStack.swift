import Foundation
import TestSupport
import Testing

/// A realistic compose project run by real Docker Compose v2 for the gate tests: images built
/// FROM scratch out of static busybox, a project name of its own, `down` in teardown.
///
/// - `shipshape-gate/app:v1|v2`: httpd on 8000 serving `/health` (`{"status":"ok","version":"vN"}`)
///   and `/`, labelled `org.opencontainers.image.revision=vN` — what the repository builds.
/// - `shipshape-gate/pg:test`: a PostgreSQL look-alike whose tools live in /usr/lib/postgresql/15/bin
///   (on the image's PATH only) and that listens on 5432; no revision label (third party).
/// - `shipshape-gate/kv:test`: a Redis look-alike on 6379 that accepts connections and answers
///   `-ERR` to anything (not HTTP); no healthcheck, no label.
final class ComposeStack {
    static let app = "shipshape-gate/app"
    static let postgres = "shipshape-gate/pg:test"
    static let redis = "shipshape-gate/kv:test"

    let project: String
    let directory: TemporaryRepository

    init(_ stem: String, compose: String, files: [String: String] = [:]) throws {
        project = "shipshape-gate-\(stem)-\(UUID().uuidString.prefix(6).lowercased())"
        var all = files
        all["compose.yml"] = "name: \(project)\n" + compose
        directory = try TemporaryRepository(files: all)
    }

    var path: String { directory.path }

    /// `docker compose ARGS` in the project's directory; returns status and combined output.
    @discardableResult
    func compose(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 120) throws
        -> (status: Int32, output: String)
    {
        let result = try HostProcess.run(
            ["docker", "compose"] + arguments, in: path, environment: environment, timeout: timeout)
        return (result.status, result.stdout + result.stderr)
    }

    /// `up -d`, required to succeed.
    func up(_ extra: [String] = [], environment: [String: String] = [:]) throws {
        let result = try compose(["up", "-d"] + extra, environment: environment)
        try #require(result.status == 0, "docker compose up failed: \(result.output)")
    }

    /// The container of `service` (its name, as compose named it).
    func container(_ service: String) -> String { "\(project)-\(service)-1" }

    /// `shipshape ARGS` in the project's directory.
    func shipshape(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 90) throws
        -> ShipshapeProcess.Result
    {
        try ShipshapeProcess.run(arguments, in: path, timeout: timeout, environment: environment)
    }

    deinit { _ = try? compose(["down", "-v", "--remove-orphans", "-t", "0"], timeout: 60) }

    /// Builds the three images once per test run (idempotent, fast: a COPY of busybox each).
    static func buildImages() throws {
        let busybox = ["busybox": "/bin/busybox"]
        for version in ["v1", "v2"] {
            try ScratchImage.build(
                tag: "\(app):\(version)",
                dockerfile: """
                    FROM scratch
                    COPY busybox /bin/busybox
                    RUN ["/bin/busybox", "--install", "-s", "/bin"]
                    RUN mkdir -p /www && echo '{"status":"ok","version":"\(version)"}' > /www/health \\
                        && echo 'home' > /www/index.html
                    LABEL org.opencontainers.image.revision=\(version)
                    EXPOSE 8000
                    CMD ["httpd", "-f", "-p", "8000", "-h", "/www"]

                    """, files: busybox)
        }
        try ScratchImage.build(
            tag: postgres,
            dockerfile: """
                FROM scratch
                COPY busybox /usr/lib/postgresql/15/bin/busybox
                RUN ["/usr/lib/postgresql/15/bin/busybox", "--install", "-s", "/usr/lib/postgresql/15/bin"]
                SHELL ["/usr/lib/postgresql/15/bin/sh", "-c"]
                ENV PATH=/usr/lib/postgresql/15/bin
                RUN printf '#!/usr/lib/postgresql/15/bin/sh\\nnc -w 1 127.0.0.1 5432 </dev/null >/dev/null && echo accepting connections\\n' \\
                    > /usr/lib/postgresql/15/bin/pg_isready && chmod +x /usr/lib/postgresql/15/bin/pg_isready
                EXPOSE 5432
                CMD ["nc", "-ll", "-p", "5432", "-e", "true"]

                """, files: busybox)
        try ScratchImage.build(
            tag: redis,
            dockerfile: """
                FROM scratch
                COPY busybox /bin/busybox
                RUN ["/bin/busybox", "--install", "-s", "/bin"]
                EXPOSE 6379
                CMD ["nc", "-ll", "-p", "6379", "-e", "echo", "-ERR unknown command"]

                """, files: busybox)
    }
}
