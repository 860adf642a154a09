import Plan
import Testing

@testable import PlanFile

@Suite struct PlanFileParserTests {
    static let example = """
        version: 1
        defaults:
          timeout: 90s
          attempt-timeout: 5s
          interval: 250ms
          max-interval: 2s
          start-period: 0s
          successes: 1
        targets:
          backend:
            container: onquota-backend
            http:
              port: 8000
              path: /api/v1/health
              expect:
                - status: 200
                - json: $.status == "healthy"
            expect-version: ${GIT_SHA}
            expect-image: ghcr.io/org/backend:latest
            timeout: 120s
          db:
            service: postgres
            project: onquota
            tcp: 5432
          worker:
            container: onquota-worker
            exec: "python3 -c 'import worker; worker.ping()'"
          cache:
            service: redis
            docker-health: true
          site:
            url: https://example.com/health
            http:
              expect:
                - body-contains: ok
          stack:
            project: onquota
        """

    @Test func readsTheExample() throws {
        let plan = try PlanFileParser.parse(
            text: Self.example, path: "shipshape.yml", environment: ["GIT_SHA": "abc1234"])
        #expect(plan.defaults.intervalMilliseconds == 250)
        #expect(plan.defaults.deadlineMilliseconds == 90_000)
        #expect(plan.targets.map(\.name) == ["backend", "db", "worker", "cache", "site", "stack"])
        let backend = try #require(plan.targets.first)
        #expect(backend.reference == .container("onquota-backend"))
        let http = HTTPProbeSpec(
            port: 8000, path: "/api/v1/health",
            conditions: [.status([200...200]), .json(path: "$.status", op: .equal, value: "healthy")])
        #expect(backend.probes == [.http(http)])
        #expect(
            backend.expectations == [
                .version("abc1234", fields: Expectation.defaultVersionFields), .image("ghcr.io/org/backend:latest"),
            ])
        #expect(backend.timing?.deadlineMilliseconds == 120_000)
        #expect(backend.timing?.intervalMilliseconds == 250)
        #expect(plan.targets[1].reference == .composeService(service: "postgres", project: "onquota"))
        #expect(plan.targets[1].probes == [.tcp(port: 5432)])
        #expect(plan.targets[2].probes == [.exec(.shell("python3 -c 'import worker; worker.ping()'"))])
        #expect(plan.targets[3].probes == [.dockerHealth])
        #expect(plan.targets[3].reference == .composeService(service: "redis", project: nil))
        let site = HTTPProbeSpec(
            port: nil, path: "https://example.com/health", scheme: "https", conditions: [.bodyContains("ok")])
        #expect(plan.targets[4].probes == [.http(site)])
        #expect(plan.targets[5].reference == .composeProject("onquota"))
        #expect(plan.targets[5].probes.isEmpty)
    }

    @Test func severalProbesAndShortForms() throws {
        let text = """
            targets:
              api:
                service: api
                http: [":8000/health", {port: 9000, path: /metrics, method: head, headers: {Host: api.local}}]
                tcp: [8000, 9000]
                exec: [pg_isready, -U, app]
                docker-health: false
            """
        let plan = try PlanFileParser.parse(text: text, path: "p.yml", environment: [:])
        let probes = try #require(plan.targets.first?.probes)
        #expect(
            probes == [
                .http(HTTPProbeSpec(port: 8000, path: "/health")),
                .http(HTTPProbeSpec(port: 9000, path: "/metrics", method: "HEAD", headers: ["Host": "api.local"])),
                .tcp(port: 8000), .tcp(port: 9000), .exec(ExecProbeSpec(command: ["pg_isready", "-U", "app"])),
            ])
    }

    @Test func execMappingAndVersionFields() throws {
        let text = """
            version: 1
            targets:
              w:
                container: w
                exec:
                  command: ./check
                  success-codes: [0, 3]
                expect-version: v1.2.3
                version-fields: [build.version]
            """
        let target = try #require(try PlanFileParser.parse(text: text, path: "p.yml", environment: [:]).targets.first)
        #expect(target.probes == [.exec(ExecProbeSpec(command: ["/bin/sh", "-c", "./check"], successCodes: [0, 3]))])
        #expect(target.expectations == [.version("v1.2.3", fields: ["build.version"])])
    }

    @Test func bareHTTPKeyMeansDefaults() throws {
        let text = "targets:\n  site:\n    url: https://x.test/up\n    http:\n"
        let plan = try PlanFileParser.parse(text: text, path: "p.yml", environment: [:])
        #expect(
            plan.targets.first?.probes == [.http(HTTPProbeSpec(port: nil, path: "https://x.test/up", scheme: "https"))])
    }

    @Test func emptyTargetsAndDefaultsOnly() throws {
        let plan = try PlanFileParser.parse(text: "version: 1\ntargets:\n", path: "p.yml", environment: [:])
        #expect(plan == Plan(targets: []))
    }

    @Test func conditionsAsTextItems() throws {
        let text = """
            targets:
              a:
                container: a
                http:
                  path: /h
                  expect: ["status 200-299,204", "header: content-type ~= json", "response-time: < 500ms"]
            """
        let plan = try PlanFileParser.parse(text: text, path: "p.yml", environment: [:])
        guard case .http(let spec) = plan.targets.first?.probes.first else {
            Issue.record("expected an http probe")
            return
        }
        #expect(
            spec.conditions == [
                .status([200...299, 204...204]), .header(name: "content-type", op: .contains, value: "json"),
                .responseTime(maxMilliseconds: 500),
            ])
    }
}
