import Foundation
import TestSupport
import Testing

/// Issue 11: the seed's check written as a compose healthcheck, on a curl-only image (dash as /bin/sh,
/// no wget) serving its health endpoint on a published port. `wait` must say why the healthcheck
/// fails and that the service is fine, and stop early — with and without a plan from `init`.
@Suite(.serialized) struct HealthcheckVerdictTests {
    static let image = "shipshape-gate/curl-only:test"

    init() throws {
        var files = try ScratchImage.binaryWithLibraries("/usr/bin/curl")
        for (destination, source) in try ScratchImage.binaryWithLibraries("/bin/dash") { files[destination] = source }
        files["rootfs/bin/sh"] = "/bin/dash"
        // busybox under the name `httpd` is only an HTTP server: argv[0] picks the applet, no wget appears.
        files["rootfs/usr/local/bin/httpd"] = "/bin/busybox"
        try ScratchImage.build(
            tag: Self.image,
            dockerfile: """
                FROM scratch
                COPY rootfs/ /
                COPY health.json /www/api/v1/health
                ENV PATH=/usr/local/bin:/usr/bin:/bin
                CMD ["/usr/local/bin/httpd", "-f", "-p", "8000", "-h", "/www"]

                """,
            files: files.merging(["health.json": try Self.healthFile()]) { $1 })
        try ComposeStack.buildImages()
    }

    static func healthFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("health-\(UUID().uuidString).json")
            .path
        try #"{"status":"healthy"}"#.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func compose(test: String, command: String? = nil, extra: String = "") -> String {
        """
        services:
          backend:
            image: \(image)
            pull_policy: never
            ports: ["127.0.0.1::8000"]
        \(command.map { "    command: \($0)\n" } ?? "")    healthcheck:
              test: \(test)
              interval: 1s
              timeout: 1s
              retries: 3
        \(extra)
        """
    }

    static let seedCheck = #"["CMD-SHELL", "wget -q -O- http://localhost:8000/api/v1/health > /dev/null 2>&1"]"#

    @Test func seedHealthcheckGetsTheVerdictWithAndWithoutAPlan() throws {
        let stack = try ComposeStack("seed", compose: Self.compose(test: Self.seedCheck))
        try stack.up()
        let started = Stopwatch()
        let direct = try stack.shipshape(["wait", "--project", stack.project, "--timeout", "30s"])
        #expect(direct.status == 1, "\(direct.stdout)\(direct.stderr)")
        #expect(started.seconds < 10, "a missing program must not run to the deadline")
        for text in [
            "the service is healthy", "the health check is broken", "wget is not installed", "curl is available",
            "stopped early", "curl\", \"-fsS\"",
        ] {
            #expect(direct.stdout.contains(text), "missing '\(text)' in:\n\(direct.stdout)")
        }
        #expect(direct.stdout.contains("probe-tool-missing"))

        let initialised = try stack.shipshape(["init"])
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let planned = try stack.shipshape(["wait", "--timeout", "30s"])
        #expect(planned.status == 1, "\(planned.stdout)\(planned.stderr)")
        #expect(planned.stdout.contains("wget is not installed"), "\(planned.stdout)")
        #expect(planned.stdout.contains("the service is healthy"), "\(planned.stdout)")
    }

    @Test func execFormWithAMissingBinary() throws {
        let stack = try ComposeStack(
            "execform", compose: Self.compose(test: #"["CMD", "wget", "-q", "http://localhost:8000/api/v1/health"]"#))
        try stack.up()
        let result = try stack.shipshape(["wait", "--project", stack.project, "--timeout", "30s"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("wget is not installed"), "\(result.stdout)")
        #expect(result.stdout.contains("the service is healthy"), "\(result.stdout)")
    }

    @Test func healthcheckThatTimesOutIsATimeoutAndNotFinal() throws {
        let compose = """
            services:
              backend:
                image: \(ComposeStack.app):v1
                pull_policy: never
                healthcheck:
                  test: ["CMD", "sleep", "5"]
                  interval: 1s
                  timeout: 1s
                  retries: 3

            """
        let stack = try ComposeStack("slow", compose: compose)
        try stack.up()
        let result = try stack.shipshape(["wait", "--project", stack.project, "--timeout", "6s"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("did not finish within its timeout"), "\(result.stdout)")
        #expect(!result.stdout.contains("stopped early"), "a slow check may heal: wait to the deadline")
    }

    @Test func failingHealthcheckWhileTheServiceIsDownToo() throws {
        // The server never starts (it sleeps), and the check calls wget, which is missing.
        let stack = try ComposeStack(
            "down",
            compose: Self.compose(
                test: Self.seedCheck, command: #"["/usr/local/bin/httpd", "-f", "-p", "9999", "-h", "/www"]"#))
        try stack.up()
        let result = try stack.shipshape(["wait", "--project", stack.project, "--timeout", "30s"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("wget is not installed"), "\(result.stdout)")
        #expect(!result.stdout.contains("the service is healthy"), "\(result.stdout)")
        #expect(result.stdout.contains("the service does not answer either"), "\(result.stdout)")
    }

    @Test func healthcheckThatRecoversAfterItsStartPeriodIsNotCutShort() throws {
        // Fails (exit 1) for its first 3 seconds, then passes: no early exit, the wait ends healthy.
        let compose = """
            services:
              backend:
                image: \(ComposeStack.app):v1
                pull_policy: never
                command: ["sh", "-c", "sleep 3; touch /www/ready; exec httpd -f -p 8000 -h /www"]
                healthcheck:
                  test: ["CMD", "test", "-f", "/www/ready"]
                  interval: 1s
                  retries: 10
                  start_period: 2s

            """
        let stack = try ComposeStack("recover", compose: compose)
        try stack.up()
        let result = try stack.shipshape(["wait", "--project", stack.project, "--timeout", "30s"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
