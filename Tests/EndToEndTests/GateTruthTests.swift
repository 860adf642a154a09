import Foundation
import TestSupport
import Testing

/// Issue 13: `wait` must not pass what is down, stale or restarting. Each test is one numbered item of
/// the issue, on a real compose project (real Docker Compose v2, images FROM scratch).
@Suite(.serialized) struct GateTruthTests {
    init() throws { try ComposeStack.buildImages() }

    /// web + api + worker + PostgreSQL + Redis: api waits for a healthy db; Redis has no healthcheck.
    static func stack(apiTag: String = "${API_TAG:-v1}", workerCommand: String = "sleep 3600") -> String {
        """
        services:
          api:
            image: \(ComposeStack.app):\(apiTag)
            pull_policy: never
            ports: ["127.0.0.1::8000"]
            healthcheck:
              test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8000/health"]
              interval: 1s
              timeout: 2s
              retries: 3
            depends_on:
              db: {condition: service_healthy}
          web:
            image: \(ComposeStack.app):v1
            pull_policy: never
            command: ["httpd", "-f", "-p", "8000", "-h", "/www"]
          worker:
            image: \(ComposeStack.app):v1
            pull_policy: never
            command: ["sh", "-c", "\(workerCommand)"]
          db:
            image: \(ComposeStack.postgres)
            pull_policy: never
            healthcheck:
              test: ["CMD", "pg_isready"]
              interval: 1s
              retries: 30
          cache:
            image: \(ComposeStack.redis)
            pull_policy: never

        """
    }

    static func json(_ result: ShipshapeProcess.Result) throws -> [[String: Any]] {
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            "not JSON: \(result.stdout)\(result.stderr)")
        return try #require(report["targets"] as? [[String: Any]])
    }

    static func target(_ targets: [[String: Any]], _ suffix: String) -> [String: Any]? {
        targets.first { ($0["name"] as? String)?.hasSuffix(suffix) == true }
    }

    /// Item 1: stopped services are targets, not silently dropped.
    @Test func stoppedServicesFailTheProjectWait() throws {
        let stack = try ComposeStack("stopped", compose: Self.stack())
        try stack.up(["--wait"])
        let healthy = try stack.shipshape(["wait", "--project", stack.project, "--timeout", "30s", "--format", "json"])
        #expect(healthy.status == 0, "\(healthy.stdout)\(healthy.stderr)")
        #expect(try Self.json(healthy).count == 5, "every service is a target")
        try stack.compose(["kill", "api", "web"])
        let result = try stack.shipshape(["wait", "--project", stack.project, "--timeout", "10s", "--format", "json"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let targets = try Self.json(result)
        #expect(targets.count == 5)
        for service in ["/api", "/web"] {
            let target = try #require(Self.target(targets, service), "\(service) missing from \(targets)")
            #expect(target["cause"] as? String == "container-exited")
        }
        #expect(Self.target(targets, "/db")?["status"] as? String == "healthy")
    }

    /// Items 1 and 6: after a failed `up` (a dependency never healthy) api is left `created`: it fails
    /// at once with the dependency named, not after the deadline.
    @Test func neverStartedContainerFailsFastWithItsDependency() throws {
        let broken = Self.stack().replacingOccurrences(of: "[\"CMD\", \"pg_isready\"]", with: "[\"CMD\", \"false\"]")
            .replacingOccurrences(of: "retries: 30", with: "retries: 1")
        let stack = try ComposeStack("created", compose: broken)
        let up = try stack.compose(["up", "-d"])
        #expect(up.status != 0, "compose must fail: db is never healthy")
        let json = try stack.shipshape(["wait", "--project", stack.project, "--timeout", "8s", "--format", "json"])
        #expect(json.status == 1, "\(json.stdout)\(json.stderr)")
        let api = try #require(Self.target(try Self.json(json), "/api"))
        #expect(api["cause"] as? String == "container-not-started")
        #expect(
            (api["elapsedMilliseconds"] as? Int ?? .max) < 3_000,
            "a container that will never start must not run to the deadline")
        let text = try stack.shipshape(["wait", "--service", "api", "--project", stack.project, "--timeout", "60s"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("waits for db to be healthy, which is unhealthy"), "\(text.stdout)")
        #expect(text.stdout.contains("stopped early"), "\(text.stdout)")
    }

    /// Item 9 and issue 10's project rule: a service name in two projects is a usage error naming both.
    @Test func serviceInTwoProjectsIsAUsageError() throws {
        let one = try ComposeStack("twin-a", compose: Self.stack())
        let two = try ComposeStack("twin-b", compose: Self.stack())
        try one.up(["cache"])
        try two.up(["cache"])
        let result = try one.shipshape(["wait", "--service", "cache", "--timeout", "10s"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(one.project) && result.stderr.contains(two.project), "\(result.stderr)")
        let scoped = try one.shipshape(
            ["wait", "--service", "cache", "--timeout", "10s"], environment: ["COMPOSE_PROJECT_NAME": one.project])
        #expect(scoped.status == 0, "\(scoped.stdout)\(scoped.stderr)")
    }

    /// Items 2 and 5: `--expect-version` with a project or a plan checks what the project builds,
    /// skips third-party images (saying so), and waits for a rollout instead of failing on the old version.
    @Test func expectVersionAppliesToBuiltTargetsAndWaitsForTheRollout() async throws {
        let stack = try ComposeStack("version", compose: Self.stack())
        try stack.up(["--wait"])
        let stale = try stack.shipshape([
            "wait", "--project", stack.project, "--expect-version", "v2", "--timeout", "4s", "--format", "json",
        ])
        #expect(stale.status == 1, "\(stale.stdout)\(stale.stderr)")
        let targets = try Self.json(stale)
        #expect(Self.target(targets, "/api")?["cause"] as? String == "version-mismatch")
        let db = try #require(Self.target(targets, "/db"))
        #expect(db["status"] as? String == "healthy", "a third-party image is not version-checked")
        #expect((db["notes"] as? [String])?.contains { $0.contains("version not checked") } == true)

        // The rollout happens while shipshape waits: it must pass once v2 serves.
        let path = stack.path
        let rollout = Task.detached {
            try await Task.sleep(for: .seconds(2))
            return try HostProcess.run(
                ["docker", "compose", "up", "-d", "api"], in: path, environment: ["API_TAG": "v2"])
        }
        let waited = try stack.shipshape([
            "wait", "--service", "api", "--project", stack.project, "--expect-version", "v2", "--timeout", "40s",
        ])
        let up = try await rollout.value
        #expect(up.status == 0, "\(up.stdout)\(up.stderr)")
        #expect(waited.status == 0, "\(waited.stdout)\(waited.stderr)")
    }

    /// Item 2: the README's `init` + `wait --expect-version` — the plan's targets are version-checked.
    @Test func expectVersionAppliesToAPlanFromInit() throws {
        let stack = try ComposeStack("plan", compose: Self.stack())
        try stack.up(["--wait"])
        let initialised = try stack.shipshape(["init"])
        #expect(initialised.status == 0, "\(initialised.stdout)\(initialised.stderr)")
        let plan = try String(contentsOfFile: stack.path + "/shipshape.yml", encoding: .utf8)
        #expect(plan.contains("project: \(stack.project)"), "\(plan)")
        let wrong = try stack.shipshape(["wait", "--expect-version", "v9", "--timeout", "4s"])
        #expect(wrong.status == 1, "\(wrong.stdout)\(wrong.stderr)")
        #expect(wrong.stdout.contains("version-mismatch"), "\(wrong.stdout)")
        let right = try stack.shipshape(["wait", "--expect-version", "v1", "--timeout", "30s"])
        #expect(right.status == 0, "\(right.stdout)\(right.stderr)")
    }

    /// Item 3: nothing to probe means "say so", and a worker that dies two seconds after start fails.
    @Test func workerThatDiesSoonAfterStartFails() throws {
        let stack = try ComposeStack("worker", compose: Self.stack(workerCommand: "sleep 2; exit 3"))
        try stack.up(["worker"])
        let result = try stack.shipshape([
            "wait", "--service", "worker", "--project", stack.project, "--timeout", "20s",
        ])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("exited with code 3"), "\(result.stdout)")
        let healthy = try ComposeStack("worker-ok", compose: Self.stack())
        try healthy.up(["worker"])
        let ok = try healthy.shipshape(["wait", "--service", "worker", "--project", healthy.project])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.contains("only checked that it runs and stays up"), "\(ok.stdout)")
    }

    /// Item 3: a service answering 404 on its only port does not pass the default probe.
    @Test func defaultProbeIsHTTPOnTheOnlyPort() throws {
        let compose = """
            services:
              web:
                image: \(ComposeStack.app):v1
                pull_policy: never
                ports: ["127.0.0.1::8000"]
                command: ["httpd", "-f", "-p", "8000", "-h", "/bin"]

            """
        let stack = try ComposeStack("404", compose: compose)
        try stack.up()
        let result = try stack.shipshape(["wait", "--project", stack.project, "--timeout", "3s"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("404"), "\(result.stdout)")
        #expect(result.stdout.contains("HTTP GET / on its only port, 8000"), "\(result.stdout)")
    }

    /// Item 4: a restart loop fails even when the probe happens to answer between crashes.
    @Test func restartLoopFailsWhateverTheProbeSaw() throws {
        let compose = """
            services:
              api:
                image: \(ComposeStack.app):v1
                pull_policy: never
                restart: always
                ports: ["127.0.0.1::8000"]
                command: ["sh", "-c", "httpd -p 8000 -h /www; sleep 3; exit 1"]

            """
        let stack = try ComposeStack("loop", compose: compose)
        try stack.up()
        // Let it crash once so RestartCount > 0, as in the issue.
        var restarts = 0
        for _ in 0..<40 where restarts < 1 {
            Thread.sleep(forTimeInterval: 0.25)
            restarts =
                Int(
                    (try? HostCommand.run(["docker", "inspect", "-f", "{{.RestartCount}}", stack.container("api")]))
                        ?? "")
                ?? 0
        }
        #expect(restarts >= 1)
        let result = try stack.shipshape([
            "wait", "--service", "api", "--project", stack.project, "--http", ":8000/health", "--successes", "3",
            "--timeout", "30s",
        ])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("container-restarting"), "\(result.stdout)")
        #expect(result.stdout.contains("restart"), "\(result.stdout)")
    }

    /// Item 7: without a terminal, the final result is printed once (stdout), progress only on stderr.
    @Test func finalResultIsPrintedOnce() throws {
        let stack = try ComposeStack("once", compose: Self.stack())
        try stack.up(["cache"])
        let result = try stack.shipshape(["wait", "--service", "cache", "--project", stack.project])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("healthy"))
        #expect(!result.stderr.contains("healthy after"), "\(result.stderr)")
    }

    /// Items 8 and 14: `--expect` applies to a URL target; `--http /path` replaces the URL's path; a
    /// Redis port probed with HTTP is "not HTTP", not "connection refused".
    @Test func urlExpectationsAndNonHTTPPorts() throws {
        let compose = """
            services:
              api:
                image: \(ComposeStack.app):v1
                pull_policy: never
                ports: ["127.0.0.1::8000"]
              cache:
                image: \(ComposeStack.redis)
                pull_policy: never

            """
        let stack = try ComposeStack("url", compose: compose)
        try stack.up()
        let port =
            try HostCommand.run(["docker", "port", stack.container("api"), "8000/tcp"])
            .split(separator: "\n").first.flatMap { $0.split(separator: ":").last }.map(String.init) ?? ""
        let expect = try stack.shipshape([
            "wait", "http://127.0.0.1:\(port)/health", "--expect", "json: $.status == \"ok\"", "--timeout", "10s",
        ])
        #expect(expect.status == 0, "\(expect.stdout)\(expect.stderr)")
        let path = try stack.shipshape([
            "wait", "http://127.0.0.1:\(port)/docs/", "--http", "/health", "--timeout", "10s",
        ])
        #expect(path.status == 0, "\(path.stdout)\(path.stderr)")
        let redis = try stack.shipshape([
            "wait", "--service", "cache", "--project", stack.project, "--http", ":6379/", "--timeout", "2s",
        ])
        #expect(redis.status == 1)
        #expect(redis.stdout.contains("not-http"), "\(redis.stdout)")
        let tcp = try stack.shipshape([
            "wait", "--service", "cache", "--project", stack.project, "--tcp", ":6379", "--timeout", "10s",
        ])
        #expect(tcp.status == 0, "\(tcp.stdout)\(tcp.stderr)")
    }
}
