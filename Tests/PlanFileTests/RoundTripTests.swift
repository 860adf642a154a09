import Plan
import Testing

@testable import PlanFile

@Suite struct RoundTripTests {
    static let plans: [Plan] = [
        Plan(targets: []),
        Plan(
            targets: [
                TargetSpec(
                    name: "backend", reference: .container("onquota-backend"),
                    probes: [
                        .http(
                            HTTPProbeSpec(
                                port: 8000, path: "/api/v1/health?full=1",
                                conditions: [
                                    .status([200...299, 204...204]),
                                    .json(path: "$.status", op: .equal, value: "healthy"),
                                    .json(path: #"$["a b"][0]"#, op: .lessOrEqual, value: "1.5"),
                                    .json(path: "$.v", op: .equal, value: "1.0"),
                                    .bodyMatches("^OK: #1$"), .bodyContains(" spaced "),
                                    .header(name: "Content-Type", op: .contains, value: "json"),
                                    .responseTime(maxMilliseconds: 750),
                                ])),
                        .tcp(port: 8000),
                    ],
                    expectations: [.version("${NOT_INTERPOLATED}", fields: ["commit"]), .image("ghcr.io/o/b:latest")],
                    timing: Timing(deadlineMilliseconds: 120_000)),
                TargetSpec(
                    name: "db", reference: .composeService(service: "postgres", project: "onquota"),
                    probes: [.tcp(port: 5432)]),
                TargetSpec(name: "stack", reference: .composeProject("onquota")),
            ],
            defaults: Timing(
                deadlineMilliseconds: 90_001, intervalMilliseconds: 250, backoff: 2, jitter: 0, successThreshold: 3)),
        Plan(
            targets: [
                TargetSpec(
                    name: "site", reference: .url("https://example.com/health"),
                    probes: [.http(HTTPProbeSpec(port: nil, path: "https://example.com/health", scheme: "https"))],
                    timing: Timing()),
                TargetSpec(
                    name: "two-http", reference: .url("http://x.test"),
                    probes: [
                        .http(HTTPProbeSpec(port: nil, path: "http://x.test")),
                        .http(
                            HTTPProbeSpec(
                                port: 8443, path: "/ready", method: "POST",
                                headers: ["X-Token": "a: b", "Accept": "*/*"],
                                scheme: "https")),
                    ]),
                TargetSpec(
                    name: "worker", reference: .container("w"), probes: [.exec(.shell("test \"$(cat /ok)\" = yes # x"))]
                ),
                TargetSpec(
                    name: "two-exec", reference: .container("w2"),
                    probes: [.exec(.shell("a")), .exec(ExecProbeSpec(command: ["b", "c"], successCodes: [0, 2]))]),
                TargetSpec(
                    name: "argv", reference: .container("true"),
                    probes: [
                        .exec(ExecProbeSpec(command: ["pg_isready", "-U", "-x", ""], successCodes: [0, 1])),
                        .dockerHealth,
                    ]),
                TargetSpec(
                    name: "weird name: yes", reference: .container("- dash"),
                    probes: [.http(HTTPProbeSpec(port: nil, path: "/"))]),
            ]),
    ]

    @Test(arguments: plans)
    func roundTrips(plan: Plan) throws {
        let text = PlanWriter.yaml(plan)
        let parsed = try PlanFileParser.parse(
            text: text, path: "written.yml", environment: ["NOT_INTERPOLATED": "oops"])
        #expect(parsed == plan, "written:\n\(text)")
        #expect(PlanWriter.yaml(parsed) == text)
    }

    @Test func writesTheDocumentedFormat() {
        let text = PlanWriter.yaml(Self.plans[1])
        #expect(text.hasPrefix("# shipshape.yml"))
        #expect(text.contains("version: 1\ndefaults:\n  timeout: 90001ms\n"))
        #expect(text.contains("  backend:\n    container: onquota-backend\n    http:\n      port: 8000\n"))
        #expect(text.contains("        - json: $.status == \"healthy\"\n"))
        #expect(text.contains("    timeout: 2m\n"))
    }
}
