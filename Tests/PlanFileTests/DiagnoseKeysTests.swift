import Plan
import Testing

@testable import PlanFile

/// The plan keys `shipshape diagnose` reads: `public-url`, `log-events` and `smoke-tests`.
@Suite struct DiagnoseKeysTests {
    static let example = """
        targets:
          backend:
            container: onquota-backend
            public-url: https://api.example.test/health
            log-events:
              - event: rate_limiting_configured
                expect:
                  - json: $.storage == "memory"
              - event: cache_ready
                required: false
        smoke-tests:
          login-wrong-password:
            target: backend
            method: post
            port: 8000
            path: /api/v1/auth/login
            headers:
              Content-Type: application/json
            body: '{"email":"nobody@example.test","password":"wrong"}'
            expect:
              - status: 401,422
          login-cors:
            target: backend
            path: /api/v1/auth/login
            cors:
              origin: https://app.example.test
              method: POST
              credentials: true
          public-home:
            url: https://www.example.test/

        """

    func parse(_ text: String) throws -> Plan {
        try PlanFileParser.parse(text: text, path: "shipshape.yml", environment: [:])
    }

    func message(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "no error"
        } catch {
            return (error as? PlanError)?.errorDescription ?? "not a PlanError: \(error)"
        }
    }

    @Test func readsTheExample() throws {
        let plan = try parse(Self.example)
        let backend = try #require(plan.targets.first)
        #expect(backend.publicURL == "https://api.example.test/health")
        #expect(
            backend.logEvents == [
                LogEventExpectation(
                    event: "rate_limiting_configured",
                    conditions: [.json(path: "$.storage", op: .equal, value: "memory")]),
                LogEventExpectation(event: "cache_ready", conditions: [], required: false),
            ])
        #expect(plan.smokeTests.map(\.name) == ["login-wrong-password", "login-cors", "public-home"])
        let login = plan.smokeTests[0]
        #expect(login.target == "backend")
        #expect(login.request.method == "POST")
        #expect(login.request.port == 8000)
        #expect(login.request.headers == ["Content-Type": "application/json"])
        #expect(login.body == #"{"email":"nobody@example.test","password":"wrong"}"#)
        #expect(login.request.conditions == [.status([401...401, 422...422])])
        #expect(
            plan.smokeTests[1].cors
                == CORSExpectation(origin: "https://app.example.test", method: "POST", credentials: true))
        #expect(plan.smokeTests[2].target == nil)
        #expect(plan.smokeTests[2].request.path == "https://www.example.test/")
        #expect(plan.smokeTests[2].request.scheme == "https")
    }

    @Test func roundTrips() throws {
        let plan = try parse(Self.example)
        let text = PlanWriter.yaml(plan)
        #expect(try parse(text) == plan, "written:\n\(text)")
        #expect(text.contains("    public-url: https://api.example.test/health\n"))
        #expect(text.contains("smoke-tests:\n  login-wrong-password:\n    target: backend\n"))
    }

    @Test func smokeTestNeedsOneKnownTargetOrAURL() {
        #expect(
            message("targets:\n  backend:\n    container: b\nsmoke-tests:\n  login:\n    target: backnd\n")
                == "shipshape.yml:6:13: smoke-tests.login.target: no target named 'backnd'; did you mean 'backend'?")
        #expect(
            message("targets: {}\nsmoke-tests:\n  login:\n    path: /login\n")
                == "shipshape.yml:3:3: smoke-tests.login: expected exactly one of `target:` (a plan target) or `url:`")
        #expect(
            message("targets: {}\nsmoke-tests:\n  home:\n    url: ftp://x\n")
                == "shipshape.yml:4:10: smoke-tests.home.url: expected an http:// or https:// URL, got 'ftp://x'")
    }

    @Test func hostileShapesAreRefusedWithLocations() {
        #expect(
            message("targets:\n  b:\n    container: b\n    log-events:\n      - expect: []\n")
                .hasPrefix("shipshape.yml:5:9: targets.b.log-events[0]: expected an `event:` name"))
        #expect(
            message(
                "targets:\n  b:\n    container: b\n    log-events:\n      - event: x\n        expect:\n          - status: 200\n"
            )
            .contains("log events are checked with json conditions"))
        #expect(
            message("targets: {}\nsmoke-tests:\n  c:\n    url: http://x\n    cors: {method: GET}\n")
                .contains("smoke-tests.c.cors: expected an `origin:`"))
        #expect(
            message("targets: {}\nsmoke-tests:\n  c:\n    url: http://x\n    bodyy: x\n")
                .contains("smoke-tests.c.bodyy: unknown key; did you mean 'body'?"))
        #expect(message("targets: {}\nsmoke-tests: [1, 2]\n").contains("smoke-tests: expected a mapping, got a list"))
        #expect(
            message("targets:\n  b:\n    container: b\n    public-url: /relative\n").contains(
                "expected an http:// or https:// URL"))
    }

    /// `external-dependencies:` opts addresses outside the stack in to diagnose's dependency checks.
    @Test func externalDependenciesAreReadCheckedAndWritten() throws {
        let plan = try parse(
            "targets: {}\nexternal-dependencies:\n  - db.internal.example:5432\n  - Cache.example\n  - '[fd00::5]:6379'\n"
        )
        #expect(
            plan.externalDependencies == [
                ExternalDependency(host: "db.internal.example", port: 5432), ExternalDependency(host: "Cache.example"),
                ExternalDependency(host: "fd00::5", port: 6379),
            ])
        #expect(plan.externalDependencies[0].allows(host: "db.internal.example", port: 5432))
        #expect(!plan.externalDependencies[0].allows(host: "db.internal.example", port: 5433))
        #expect(plan.externalDependencies[1].allows(host: "cache.EXAMPLE", port: 6379))
        #expect(!plan.externalDependencies[1].allows(host: "cache.example.evil", port: 6379))
        let text = PlanWriter.yaml(plan)
        #expect(try parse(text) == plan, "written:\n\(text)")
        #expect(
            message("targets: {}\nexternal-dependencies:\n  - redis://db:6379\n")
                == "shipshape.yml:3:5: external-dependencies[0]: expected a host or host:port (db.internal:5432, "
                + "[fd00::5]:6379), got 'redis://db:6379'")
        #expect(message("targets: {}\nexternal-dependencies:\n  - db:65536\n").contains("got 'db:65536'"))
        #expect(message("targets: {}\nexternal-dependencies:\n  - 'db x'\n").contains("got 'db x'"))
        #expect(
            message("targets: {}\nexternal-dependencies: db:5432\n").contains(
                "external-dependencies: expected a list of `host:port`"))
    }
}
