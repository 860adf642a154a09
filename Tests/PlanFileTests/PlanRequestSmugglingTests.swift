import Plan
import Testing

@testable import PlanFile

/// A CR/LF in a plan's `method:` or headers once smuggled a second request (a DELETE reached the
/// service); such plans are refused with the key that holds the bad value.
@Suite struct PlanRequestSmugglingTests {
    func message(_ text: String) -> String {
        do {
            _ = try PlanFileParser.parse(text: text, path: "shipshape.yml", environment: [:])
            return "no error"
        } catch {
            return (error as? PlanError)?.errorDescription ?? "not a PlanError: \(error)"
        }
    }

    func plan(http: String) -> String {
        "targets:\n  b:\n    container: b\n    http:\n" + http
    }

    @Test func refusesALineBreakInTheMethod() {
        let text = plan(http: "      method: \"GET /x HTTP/1.1\\r\\nHost: b\\r\\n\\r\\nDELETE\"\n")
        #expect(message(text).contains("targets.b.http.method: expected an HTTP method"), "\(message(text))")
    }

    @Test func refusesALineBreakInAHeaderValue() {
        let text = plan(http: "      headers:\n        X-Trace: \"1\\r\\nX-Injected: 1\"\n")
        #expect(message(text).contains("targets.b.http.headers.X-Trace: a header value cannot hold control"))
    }

    @Test func refusesAHeaderNameThatIsNotAToken() {
        let text = plan(http: "      headers:\n        \"X Bad\": \"1\"\n")
        #expect(message(text).contains("'X Bad' is not a valid header name"), "\(message(text))")
    }

    @Test func refusesALineBreakInThePath() {
        let text = plan(http: "      path: \"/health\\r\\nDELETE / HTTP/1.1\"\n")
        #expect(message(text).contains("targets.b.http.path: a path cannot hold"), "\(message(text))")
    }

    @Test func refusesALineBreakInTheCORSMethod() {
        let text =
            "targets: {}\nsmoke-tests:\n  c:\n    url: http://x\n    cors:\n      origin: https://a.test\n      method: \"GET\\nX\"\n"
        #expect(message(text).contains("cors.method: expected an HTTP method"), "\(message(text))")
    }

    @Test func acceptsOrdinaryValues() {
        let text = plan(http: "      method: head\n      headers:\n        Authorization: \"Bearer abc\"\n")
        #expect(message(text) == "no error")
    }
}
