import NIOCore
import Plan
import ShipshapeCore
import Testing

@testable import Probes

struct ClassificationTests {
    @Test func statusesAreClassified() throws {
        let ok = HTTPSnapshot(status: 204)
        #expect(FailureClassifier.classify(status: ok, accepted: [200...299]) == nil)

        let body = String(repeating: "x", count: 500)
        let error = try #require(
            FailureClassifier.classify(status: HTTPSnapshot(status: 500, body: body), accepted: [200...299]))
        #expect(error.cause == .httpStatus)
        #expect(error.message.hasPrefix("HTTP 500: xxx"))
        #expect(error.message.count <= "HTTP 500: ".count + 301)

        let redirect = try #require(
            FailureClassifier.classify(
                status: HTTPSnapshot(status: 302, headers: ["Location": "/login"]), accepted: [200...299]))
        #expect(redirect.cause == .redirect)
        #expect(redirect.message.contains("/login"))
    }

    @Test(arguments: [
        "Invalid HTTP_HOST header: '172.17.0.5:8000'. You may need to add '172.17.0.5' to ALLOWED_HOSTS.",
        "Invalid host header",
        "<h1>Bad Request (400)</h1> DisallowedHost",
        "Blocked host: 127.0.0.1",
    ])
    func hostFiltersAreRecognised(body: String) throws {
        for status in [400, 403, 421] {
            let failure = try #require(
                FailureClassifier.classify(status: HTTPSnapshot(status: status, body: body), accepted: [200...299]))
            #expect(failure.cause == .hostRejected)
            #expect(failure.nextStep?.contains("ALLOWED_HOSTS") == true)
        }
        let notHost = FailureClassifier.classify(
            status: HTTPSnapshot(status: 400, body: "missing field 'name'"), accepted: [200...299])
        #expect(notHost?.cause == .httpStatus)
    }

    @Test func execFailuresAreClassified() {
        func cause(_ exit: Int?, _ stderr: String, _ command: [String], timedOut: Bool = false) -> FailureCause? {
            FailureClassifier.classify(
                exec: exit, stdout: "", stderr: stderr, timedOut: timedOut, command: command, successCodes: [0])?.cause
        }
        let missing =
            #"OCI runtime exec failed: exec failed: unable to start container process: exec: "wget": executable file not found in $PATH: unknown"#
        #expect(cause(126, missing, ["wget", "-q", "-O-", "http://localhost:8000/"]) == .probeToolMissing)
        #expect(cause(127, "sh: curl: not found", ["/bin/sh", "-c", "curl -f http://localhost/"]) == .probeToolMissing)
        let noShell =
            #"OCI runtime exec failed: exec failed: unable to start container process: exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown"#
        #expect(cause(126, noShell, ["/bin/sh", "-c", "true"]) == .noShell)
        #expect(cause(nil, "", ["sleep", "10"], timedOut: true) == .timeout)
        #expect(cause(0, "", ["true"]) == nil)
        #expect(
            cause(
                1, "wget: can't connect to remote host (127.0.0.1): Connection refused", ["wget", "http://localhost/"])
                == .connectionRefused)
        #expect(
            cause(1, "wget: server returned error: HTTP/1.1 500 Internal Server Error", ["wget", "http://localhost/"])
                == .httpStatus)
        #expect(cause(3, "", ["check"]) == .conditionFailed)
    }

    @Test func missingToolIsNamedFromArgvOrShellScript() {
        #expect(FailureClassifier.missingTool(["/usr/bin/wget", "-q"]) == "wget")
        #expect(
            FailureClassifier.missingTool([
                "/bin/sh", "-c", "wget -q -O- http://localhost:8000/health > /dev/null 2>&1",
            ]) == "wget")
    }

    @Test func connectionErrorTextsAreClassified() {
        #expect(
            FailureClassifier.classify(errorText: "connect(descriptor:addr:size:): Connection refused (errno: 111)")
                .cause == .connectionRefused)
        #expect(FailureClassifier.classify(errorText: "cannot resolve host 'db'").cause == .dnsFailure)
        #expect(FailureClassifier.classify(errorText: "Name or service not known").cause == .dnsFailure)
        #expect(FailureClassifier.classify(errorText: "deadlineExceeded").cause == .timeout)
        // NIO's words for a reset (a published port with nothing listening behind it) are not repeated.
        let reset = FailureClassifier.classify(
            errorText: "read(descriptor:pointer:size:): Connection reset by peer (errno: 104)")
        #expect(reset.cause == .connectionRefused)
        #expect(reset.message == "the connection was reset before any answer (nothing listening behind it?)")
        #expect(reset.nextStep?.contains("0.0.0.0") == true)
    }

    @Test func seedVerdictFindsLocalURLs() throws {
        let url = try #require(
            LocalURL.find(in: [
                "/bin/sh", "-c", "wget -q -O- http://localhost:8000/api/v1/health > /dev/null 2>&1",
            ]))
        #expect(url.port == 8000)
        #expect(url.path == "/api/v1/health")
        #expect(LocalURL.find(in: ["wget", "http://example.com/health"]) == nil)
        #expect(LocalURL.find(in: ["wget", "http://localhost/health"])?.port == 80, "no port is port 80")
        #expect(LocalURL.find(in: ["curl -f http://localhost:3000/up || exit 1"])?.path == "/up")
    }

    @Test func versionPrefixesOfSevenOrMoreMatch() {
        #expect(VersionChecker.matches("abc1234", "abc1234def5678"))
        #expect(VersionChecker.matches("ABC1234DEF", "abc1234"))
        #expect(!VersionChecker.matches("abc12", "abc1234"))
        #expect(!VersionChecker.matches("abc1234", "abc1235"))
        let signals = VersionChecker.jsonSignals(
            expected: "def5678", fields: [], response: HTTPSnapshot(status: 200, body: #"{"version":"abc1234"}"#))
        #expect(signals.map(\.actual) == ["abc1234", nil, nil, nil])
        #expect(VersionChecker.judge(signals)?.cause == .versionMismatch)
        let none = VersionChecker.jsonSignals(expected: "def5678", fields: ["commit"], response: nil)
        #expect(VersionChecker.judge(none)?.cause == .versionMismatch, "no signal at all is a failure")
    }

    @Test func execHTTPOutputIsParsed() {
        let curl = ExecHTTPCommand(tool: "curl", argv: [])
        let parsed = curl.parse(stdout: "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n\r\ndown", stderr: "")
        #expect(parsed?.status == 503)
        #expect(parsed?.headers["retry-after"] == "5")
        #expect(parsed?.body == "down")
        let wget = ExecHTTPCommand(tool: "wget", argv: [])
        #expect(wget.parse(stdout: "ok", stderr: "  HTTP/1.1 200 OK\n  Content-Type: text/html")?.status == 200)
    }

    /// A port that accepts and then drops an HTTP request (Redis does so on seeing headers) is "not
    /// HTTP", however the race between its close and the request's write comes out.
    @Test(arguments: [ChannelError.ioOnClosedChannel, ChannelError.eof])
    func aConnectionClosedByThePeerIsNotHTTP(error: ChannelError) {
        let classification = HTTPFetcher.classify(error, url: "http://172.23.0.3:6379/", timeout: 1000)
        #expect(classification.cause == .notHTTP)
        #expect(classification.message.contains("accepted the connection, then closed it"))
    }
}
