import Diagnose
import DockerEngine
import Foundation
import Plan
import ShipshapeCore
import TestSupport
import Testing

/// Section 4 against a hostile HTTP server on 127.0.0.1 whose answers redirect into the Docker
/// socket (`http+unix://`), a file, or round in a loop: the first two are refused before any
/// request is sent, the loop ends after five hops.
@Suite(.serialized) struct DiagnoseRedirectPolicyTests {
    static let server = #"""
        import http.server, sys
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                targets = {"/unix": "http+unix://%2Fvar%2Frun%2Fdocker.sock/v1.43/containers/json",
                           "/file": "file:///etc/passwd", "/loop": "/loop"}
                self.send_response(302)
                self.send_header("Location", targets.get(self.path, "/loop"))
                self.send_header("Content-Length", "0")
                self.end_headers()
            def log_message(self, *args): pass
        http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
        """#

    @Test func redirectsIntoTheDockerSocketOrAFileAreNotFollowed() async throws {
        let port = 20_000 + Int.random(in: 0..<20_000)
        let server = try BackgroundProcess.start(["python3", "-c", Self.server, String(port)])
        defer { server.stop() }
        try await Task.sleep(for: .milliseconds(700))
        let plan = Plan(
            targets: ["unix", "file", "loop"].map { path in
                TargetSpec(name: path, reference: .url("http://127.0.0.1:\(port)/\(path)"))
            })
        let report = try await DockerClient.withClient(host: .local) { client in
            try await DiagnoseEngine(client: client).run(DiagnosisRequest(plan: plan, checkTimeoutMilliseconds: 3_000))
        }
        let checks = report.checks(in: .endpoints).filter { $0.name.hasPrefix("GET ") }
        for scheme in ["unix", "file"] {
            let check = try #require(checks.first { $0.name.hasSuffix("/\(scheme)") }, "\(checks)")
            #expect(check.status == .fail)
            #expect(check.cause == .redirect)
            #expect(check.message.contains("only http and https") && check.message.contains("not requested"))
        }
        let loop = try #require(checks.first { $0.name.hasSuffix("/loop") })
        #expect(loop.status == .fail)
        #expect(loop.evidence.filter { $0.label == "redirect" }.count == 5, "\(loop.evidence)")
    }
}
