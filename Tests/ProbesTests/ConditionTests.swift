import Plan
import Testing

@testable import Probes

struct ConditionTests {
    let response = HTTPSnapshot(
        status: 200, headers: ["Content-Type": "application/json; charset=utf-8"],
        body:
            #"{"status":"ok","version":"1.4.2","db":{"latency_ms":12,"ok":true},"checks":[{"name":"db","ok":true}],"count":3}"#,
        durationMilliseconds: 40)

    @Test func jsonPathsReachNestedFieldsAndArrays() {
        #expect(ResponseJSON.value(at: "$.status", in: response.body).map(ResponseJSON.text(of:)) == "ok")
        #expect(ResponseJSON.value(at: "$.db.latency_ms", in: response.body).map(ResponseJSON.text(of:)) == "12")
        #expect(ResponseJSON.value(at: "$.db.ok", in: response.body).map(ResponseJSON.text(of:)) == "true")
        #expect(ResponseJSON.value(at: "$.checks[0].name", in: response.body).map(ResponseJSON.text(of:)) == "db")
        #expect(ResponseJSON.value(at: "$['status']", in: response.body).map(ResponseJSON.text(of:)) == "ok")
        #expect(ResponseJSON.value(at: "$.checks[3]", in: response.body) == nil)
        #expect(ResponseJSON.value(at: "$.missing", in: response.body) == nil)
        #expect(ResponseJSON.value(at: "$.status", in: "not json") == nil)
    }

    @Test(arguments: [
        (Condition.json(path: "$.status", op: .equal, value: "ok"), true),
        (.json(path: "$.status", op: .notEqual, value: "ok"), false),
        (.json(path: "$.version", op: .contains, value: "1.4"), true),
        (.json(path: "$.db.latency_ms", op: .less, value: "50"), true),
        (.json(path: "$.db.latency_ms", op: .greaterOrEqual, value: "100"), false),
        (.json(path: "$.count", op: .lessOrEqual, value: "3"), true),
        (.json(path: "$.count", op: .greater, value: "10"), false),
        (.json(path: "$.count", op: .equal, value: "3.0"), true),
        (.json(path: "$.db.ok", op: .equal, value: "true"), true),
        (.bodyContains("\"ok\""), true),
        (.bodyContains("degraded"), false),
        (.bodyMatches(#""version":"1\.\d+\.\d+""#), true),
        (.bodyMatches("^<html"), false),
        (.header(name: "content-type", op: .contains, value: "json"), true),
        (.header(name: "X-Missing", op: .equal, value: "x"), false),
        (.responseTime(maxMilliseconds: 100), true),
        (.responseTime(maxMilliseconds: 10), false),
        (.status([200...200]), true),
        (.status([204...204]), false),
    ])
    func conditionsEvaluate(condition: Condition, holds: Bool) {
        #expect((ConditionEvaluator.evaluate(condition, response: response) == nil) == holds)
    }

    @Test func failureSaysWhatWasExpectedAndWhatWasSeen() throws {
        let failure = try #require(
            ConditionEvaluator.evaluate(.json(path: "$.status", op: .equal, value: "healthy"), response: response))
        #expect(failure.message == "json $.status: expected == healthy, saw ok")
    }

    @Test func numericComparisonOnlyWhenBothSidesAreNumbers() {
        #expect(ConditionEvaluator.compare("10", .greater, "9"))
        #expect(!ConditionEvaluator.compare("10", .greater, "9a"), "text comparison: \"10\" < \"9a\"")
    }

    @Test func defaultAcceptedStatusIs2xx() {
        #expect(ConditionEvaluator.acceptedStatuses([]) == [200...299])
        #expect(
            ConditionEvaluator.acceptedStatuses([.bodyContains("x"), .status([200...200, 301...301])]) == [
                200...200, 301...301,
            ])
    }

    @Test func httpJudgeClassifiesConditionFailures() {
        let spec = HTTPProbeSpec(
            port: 8080, path: "/health", conditions: [.json(path: "$.status", op: .equal, value: "up")])
        let result = HTTPJudge.judge(response, spec: spec, target: "api", check: "http", request: "GET /health")
        #expect(result.cause == .conditionFailed)
        #expect(result.message.contains("expected == up, saw ok"))
    }
}

/// A backtracking `body-matches` once ran past 60 s under `--timeout 3s`; each evaluation now has a
/// budget and says when the pattern did not decide in it.
@Suite struct BoundedBodyMatchTests {
    @Test func aBacktrackingPatternGivesUpWithinItsBudget() throws {
        let body = String(repeating: "a", count: 40) + "!"
        let failure = try #require(
            ConditionEvaluator.evaluate(.bodyMatches("^(a+)+$"), response: HTTPSnapshot(status: 200, body: body)))
        #expect(failure.seen.contains("still backtracking on a 41-byte body"), "\(failure)")
    }

    @Test func anOrdinaryPatternStillMatches() {
        let response = HTTPSnapshot(status: 200, body: String(repeating: "x", count: 100_000) + "ready")
        #expect(ConditionEvaluator.evaluate(.bodyMatches("ready$"), response: response) == nil)
    }
}
